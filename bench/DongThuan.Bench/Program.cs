using BenchmarkDotNet.Running;

// dotnet run -c Release --project bench/DongThuan.Bench -- --filter '*'
// The first run generates the 1,000,000-petition database in the temp folder (about a minute) and keeps it.
BenchmarkSwitcher.FromAssembly(typeof(DongThuan.Bench.DashboardTiles).Assembly).Run(args);
