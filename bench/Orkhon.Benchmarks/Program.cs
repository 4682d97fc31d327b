using System.Globalization;
using BenchmarkDotNet.Running;

// dotnet run -c Release --project bench/Orkhon.Benchmarks -- --filter '*'
// dotnet run -c Release --project bench/Orkhon.Benchmarks -- stages FILE   (stopwatch breakdown of extraction by stage)
// dotnet run -c Release --project bench/Orkhon.Benchmarks -- steady FILE tag|mentions|lexicon|phrases|passive|dated|undated PASSES   (fastest of repeated passes, after the JIT)
// dotnet run -c Release --project bench/Orkhon.Benchmarks -- articles DIR COUNT [FIRST]   (input for bench/ingest-scale.sh)
// dotnet run -c Release --project bench/Orkhon.Benchmarks -- gdelt FILE ROWS               (input for bench/scale.sh and bench/import-postgres.sh)
// dotnet run -c Release --project bench/Orkhon.Benchmarks -- analyses DATABASE COUNTRY     (warm analysis times, bench/scale.sh; DATABASE: a file or postgres:// URL)
if (args is ["articles", var folder, var count, ..])
{
    var first = args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 0;
    Orkhon.Benchmarks.NewsCorpus.WriteArticles(folder, first, int.Parse(count, CultureInfo.InvariantCulture));
    return;
}

if (args is ["gdelt", var path, var rows])
{
    Orkhon.Benchmarks.GdeltEventsFile.Write(path, long.Parse(rows, CultureInfo.InvariantCulture));
    return;
}

if (args is ["analyses", var database, var country])
{
    Orkhon.Benchmarks.AnalysisTimings.Run(database, country);
    return;
}

if (args is ["stages", var file])
{
    Orkhon.Benchmarks.StageTimes.Run(file);
    return;
}

if (args is ["steady", var steadyFile, var stage, var passes])
{
    Orkhon.Benchmarks.SteadyTimes.Run(steadyFile, stage, int.Parse(passes, CultureInfo.InvariantCulture));
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Orkhon.Benchmarks.NewsCorpus).Assembly).Run(args);
