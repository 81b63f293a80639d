using BenchmarkDotNet.Running;

namespace Overgang.Benchmarks;

public static class BenchmarkProgram
{
    public static void Main(string[] args)
    {
        // The record-linkage benchmark measures quality as well as time: a plain run, not BenchmarkDotNet (bench/linkage.sh).
        if (args.Length > 0 && args[0] == "linkage")
        {
            Linkage.LinkageBench.Run(args[1..]);
            return;
        }

        BenchmarkSwitcher.FromAssembly(typeof(BenchmarkProgram).Assembly).Run(args);
    }
}
