namespace Overgang.Registry.Files;

/// <summary>
/// A municipality code as CBS and the BRP write it: <c>GM</c> and four digits (<c>GM0363</c>, Amsterdam). The import
/// accepts no other, and the month lists name their files only after codes that pass this check.
/// </summary>
public static class MunicipalityCode
{
    /// <summary>What a valid code looks like, for messages.</summary>
    public const string Format = "GM and four digits, such as GM0363";

    /// <summary>True for <c>GM</c> followed by exactly four ASCII digits.</summary>
    public static bool IsValid(string? code) =>
        code is { Length: 6 } && code[0] == 'G' && code[1] == 'M' && char.IsAsciiDigit(code[2]) && char.IsAsciiDigit(code[3]) && char.IsAsciiDigit(code[4]) && char.IsAsciiDigit(code[5]);

    /// <summary>
    /// The path of a municipality's file in <paramref name="folder"/>: <c>&lt;code&gt;&lt;suffix&gt;.csv</c>. Refuses a code
    /// that is not valid and any path that would resolve outside the folder (defence in depth: the import already refuses
    /// such codes).
    /// </summary>
    /// <exception cref="UnsafeFileNameException">The code cannot name a file.</exception>
    public static string FilePath(string folder, string code, string suffix = "")
    {
        ArgumentNullException.ThrowIfNull(folder);
        ArgumentNullException.ThrowIfNull(suffix);
        if (!IsValid(code))
        {
            throw new UnsafeFileNameException($"municipality code '{code}' cannot name a file: expected {Format}; no list was written for it");
        }

        var root = Path.GetFullPath(folder);
        var path = Path.GetFullPath(Path.Combine(root, code + suffix + ".csv"));
        if (!string.Equals(Path.GetDirectoryName(path), Path.TrimEndingDirectorySeparator(root), StringComparison.Ordinal))
        {
            throw new UnsafeFileNameException($"the file for municipality '{code}' would be written outside {root}; no list was written for it");
        }

        return path;
    }
}
