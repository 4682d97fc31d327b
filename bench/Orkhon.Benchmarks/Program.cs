using BenchmarkDotNet.Running;

// dotnet run -c Release --project bench/Orkhon.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(Orkhon.Benchmarks.NewsCorpus).Assembly).Run(args);
