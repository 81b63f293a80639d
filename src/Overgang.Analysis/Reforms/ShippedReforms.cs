using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Text;
using Overgang.Rules.Parameters;

namespace Overgang.Analysis.Reforms;

/// <summary>The reform files shipped in <c>reforms/</c>, embedded in this assembly, read with the same reader as a file on disk.</summary>
public static class ShippedReforms
{
    private const string Prefix = "Overgang.Analysis.Reforms.Shipped.";

    /// <summary>The shipped files in name order, each named like its file (<c>contribution-105.yaml</c>).</summary>
    public static ImmutableArray<ParameterFile> Files { get; } = Load();

    /// <summary>Reads every shipped reform against the baseline; a shipped file that does not read is a defect of the release.</summary>
    public static ImmutableArray<Reform> All(ParameterTree baseline)
    {
        ArgumentNullException.ThrowIfNull(baseline);
        return [.. Files.Select(f => Reform.TryParse(f, baseline, out var reform, out var error)
            ? reform
            : throw new InvalidOperationException("shipped reform " + error.Message))];
    }

    /// <summary>Reads an uploaded or posted reform text with the same checks as <see cref="ReformFiles.TryRead"/>.</summary>
    public static bool TryParse(string name, string text, ParameterTree baseline, [NotNullWhen(true)] out Reform? reform, [NotNullWhen(false)] out ReformError? error) =>
        Reform.TryParse(new ParameterFile(name, text), baseline, out reform, out error);

    private static ImmutableArray<ParameterFile> Load()
    {
        var assembly = typeof(ShippedReforms).Assembly;
        var files = ImmutableArray.CreateBuilder<ParameterFile>();
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var reader = new StreamReader(stream, Encoding.UTF8);
            files.Add(new ParameterFile(resource[Prefix.Length..], reader.ReadToEnd()));
        }

        return files.ToImmutable();
    }
}
