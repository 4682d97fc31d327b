using System.Globalization;
using BenchmarkDotNet.Running;

// dotnet run -c Release --project bench/Orkhon.Benchmarks -- --filter '*'
// dotnet run -c Release --project bench/Orkhon.Benchmarks -- articles DIR COUNT [FIRST]   (input for bench/ingest-scale.sh)
// dotnet run -c Release --project bench/Orkhon.Benchmarks -- gdelt FILE ROWS [SEED]             (input for bench/import-postgres.sh)
if (args is ["gdelt", var gdeltFile, var rows, ..])
{
    using var writer = new StreamWriter(gdeltFile, append: false, new System.Text.UTF8Encoding(false), 1 << 20);
    Orkhon.Benchmarks.GdeltFile.Write(writer, long.Parse(rows, CultureInfo.InvariantCulture), args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 1);
    return;
}

if (args is ["articles", var folder, var count, ..])
{
    var first = args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 0;
    Orkhon.Benchmarks.NewsCorpus.WriteArticles(folder, first, int.Parse(count, CultureInfo.InvariantCulture));
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Orkhon.Benchmarks.NewsCorpus).Assembly).Run(args);
