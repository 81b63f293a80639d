using System.Diagnostics.CodeAnalysis;
using Overgang.Cli.Json;

namespace Overgang.Cli.Decide;

/// <summary>Reads, parses and validates a decide document from a file or standard input (shared by <c>decide</c> and <c>letter</c>).</summary>
internal static class DecideInput
{
    public static bool TryRead(CliContext context, string? path, [NotNullWhen(true)] out DecideRequest? request, [NotNullWhen(false)] out InputError? error)
    {
        request = null;
        if (!InputDocument.TryRead(context, path, out var text, out error))
        {
            return false;
        }

        error = JsonFields.ParseDocument(text, out var document);
        if (error is not null)
        {
            return false;
        }

        using (document)
        {
            return DecideRequestReader.TryRead(document!.RootElement, out request, out error);
        }
    }
}
