using BenchmarkDotNet.Running;

// Run: dotnet run -c Release --project src/NeuroBalance.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
