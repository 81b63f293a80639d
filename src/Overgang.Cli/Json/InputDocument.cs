using System.Diagnostics.CodeAnalysis;
using Overgang.Contracts;

namespace Overgang.Cli.Json;

/// <summary>Reads the input document from a file or from standard input (<c>-</c>).</summary>
internal static class InputDocument
{
    public static bool TryRead(CliContext context, string? path, [NotNullWhen(true)] out string? text, [NotNullWhen(false)] out InputError? error)
    {
        text = null;
        error = null;
        if (path is null)
        {
            error = new InputError("--input", "give the input document with --input FILE, or - for standard input");
            return false;
        }

        if (path == "-")
        {
            text = context.Input.ReadToEnd();
            return true;
        }

        try
        {
            text = File.ReadAllText(path);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error = new InputError("--input", $"cannot read {path}: {e.Message}");
            return false;
        }
    }
}
