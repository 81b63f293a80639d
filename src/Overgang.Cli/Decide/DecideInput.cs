using System.Diagnostics.CodeAnalysis;
using Overgang.Cli.Json;
using Overgang.Contracts;
using Overgang.Contracts.Decide;

namespace Overgang.Cli.Decide;

/// <summary>Reads, parses and validates a decide document from a file or standard input (used by <c>letter</c>).</summary>
internal static class DecideInput
{
    public static bool TryRead(CliContext context, string? path, [NotNullWhen(true)] out DecideRequest? request, [NotNullWhen(false)] out InputError? error)
    {
        request = null;
        return InputDocument.TryRead(context, path, out var text, out error)
            && ContractJson.TryReadDecide(text, out request, out error);
    }
}
