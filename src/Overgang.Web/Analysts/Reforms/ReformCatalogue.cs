using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Text;
using Overgang.Analysis.Reforms;
using Overgang.Rules.Parameters;

namespace Overgang.Web.Analysts.Reforms;

/// <summary>
/// The reforms an analyst can run: those shipped in <c>reforms/</c>, read once against the parameters, and an uploaded
/// file read by the same reader as <c>overgang simulate --reform</c>.
/// </summary>
internal sealed class ReformCatalogue(ParameterTree parameters)
{
    /// <summary>The largest reform file accepted (the shipped ones are a few kilobytes).</summary>
    public const int MaxFileBytes = 32 * 1024;

    /// <summary>The name an uploaded or posted file is read under (errors name it with the line).</summary>
    public const string UploadName = "reform.yaml";

    private readonly Lazy<ImmutableArray<Reform>> _shipped = new(() => ShippedReforms.All(parameters));

    /// <summary>The shipped reforms in file-name order.</summary>
    public ImmutableArray<Reform> Shipped => _shipped.Value;

    public Reform? Find(string? name) => Shipped.FirstOrDefault(r => string.Equals(r.Name, name, StringComparison.Ordinal));

    /// <summary>Reads an uploaded reform; a file too large, not UTF-8 or malformed is refused naming the line.</summary>
    public bool TryRead(ReadOnlySpan<byte> bytes, [NotNullWhen(true)] out Reform? reform, [NotNullWhen(false)] out ReformError? error)
    {
        reform = null;
        if (bytes.Length > MaxFileBytes)
        {
            error = new ReformError(UploadName, 0, $"the file is larger than {MaxFileBytes / 1024} KB");
            return false;
        }

        string text;
        try
        {
            text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            error = new ReformError(UploadName, 0, "the file is not UTF-8 text");
            return false;
        }

        return ShippedReforms.TryParse(UploadName, text, parameters, out reform, out error);
    }
}
