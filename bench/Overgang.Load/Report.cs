using System.Globalization;

namespace Overgang.Load;

/// <summary>Prints throughput and latency percentiles per endpoint as a Markdown table.</summary>
internal static class Report
{
    public static void Print(string title, Result result)
    {
        Console.WriteLine();
        Console.WriteLine("### " + title);
        Console.WriteLine();
        Console.WriteLine("| endpoint | requests | errors | req/s | p50 ms | p90 ms | p99 ms | max ms |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var group in result.Samples.GroupBy(s => s.Endpoint).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var sorted = group.Select(s => s.Milliseconds).Order().ToArray();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {group.Key} | {sorted.Length} | {group.Count(s => !s.Ok)} | {sorted.Length / result.Elapsed.TotalSeconds:0} | {At(sorted, 0.50):0.0} | {At(sorted, 0.90):0.0} | {At(sorted, 0.99):0.0} | {sorted[^1]:0.0} |"));
        }
    }

    private static double At(double[] sorted, double quantile) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(quantile * sorted.Length) - 1)];
}
