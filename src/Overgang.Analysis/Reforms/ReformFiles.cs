using System.Diagnostics.CodeAnalysis;
using Overgang.Rules.Parameters;

namespace Overgang.Analysis.Reforms;

/// <summary>Reads reform files from disk (the rules read text only).</summary>
public static class ReformFiles
{
    /// <summary>Reads and checks a reform file; a missing or malformed file is a <see cref="ReformError"/> naming file and line.</summary>
    public static bool TryRead(string path, ParameterTree baseline, [NotNullWhen(true)] out Reform? reform, [NotNullWhen(false)] out ReformError? error)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
        {
            reform = null;
            error = new ReformError(path, 0, "no such reform file");
            return false;
        }

        return Reform.TryParse(new ParameterFile(path, File.ReadAllText(path)), baseline, out reform, out error);
    }
}
