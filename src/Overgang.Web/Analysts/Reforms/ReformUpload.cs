using System.Text;

namespace Overgang.Web.Analysts.Reforms;

/// <summary>The line of an uploaded file that a refusal names, to show it beside the message.</summary>
internal static class ReformUpload
{
    /// <summary>Line <paramref name="line"/> (1-based) of the text, trimmed and shortened; <c>null</c> when there is none.</summary>
    public static string? Line(byte[] bytes, long line)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        if (line < 1)
        {
            return null;
        }

        var lines = Encoding.UTF8.GetString(bytes).Split('\n');
        if (line > lines.Length)
        {
            return null;
        }

        var text = lines[line - 1].TrimEnd('\r');
        return text.Length <= 200 ? text : text[..200] + "…";
    }
}
