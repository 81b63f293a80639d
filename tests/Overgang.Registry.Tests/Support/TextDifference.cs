namespace Overgang.Registry.Tests.Support;

/// <summary>Where two texts that should be equal first differ, for a test's failure message.</summary>
internal static class TextDifference
{
    /// <summary>The first line that differs, each side named (<c>line 12: compiled `…`, built `…`</c>), or empty.</summary>
    public static string First(string left, string right, string leftName, string rightName)
    {
        var a = left.Split('\n');
        var b = right.Split('\n');
        for (var i = 0; i < Math.Max(a.Length, b.Length); i++)
        {
            var l = i < a.Length ? a[i] : "(end)";
            var r = i < b.Length ? b[i] : "(end)";
            if (l != r)
            {
                return $"line {i + 1}: {leftName} `{l.Trim()}`, {rightName} `{r.Trim()}`";
            }
        }

        return "";
    }
}
