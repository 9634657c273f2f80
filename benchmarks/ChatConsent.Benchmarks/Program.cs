using BenchmarkDotNet.Running;

// Run: dotnet run -c Release --project benchmarks/ChatConsent.Benchmarks -- --job short --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(ChatConsent.Benchmarks.ConsentParsingBenchmarks).Assembly).Run(args);
