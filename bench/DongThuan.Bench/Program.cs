using BenchmarkDotNet.Running;

// dotnet run -c Release --project bench/DongThuan.Bench -- --filter '*'
// The first run generates the 1,000,000-petition database in the temp folder (about a minute) and keeps it.
// dotnet run -c Release --project bench/DongThuan.Bench -- search-latency ["Host=…;Username=…;Database=postgres"]
// A load run of the search on 1,000,000 generated petitions (SQLite, and PostgreSQL when a server is named;
// `--postgres-only` after the connection string leaves SQLite out; `--query "rare word"` measures only the queries so named).
if (args.FirstOrDefault() == "search-latency")
{
    await DongThuan.Bench.SearchLatency.RunAsync(args.ElementAtOrDefault(1), sqlite: !args.Contains("--postgres-only"),
        only: args.SkipWhile(a => a != "--query").Skip(1).FirstOrDefault());
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(DongThuan.Bench.DashboardTiles).Assembly).Run(args);
