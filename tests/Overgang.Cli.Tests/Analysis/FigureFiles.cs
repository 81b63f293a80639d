using System.Runtime.CompilerServices;
using System.Text;

namespace Overgang.Cli.Tests.Analysis;

/// <summary>Reads the figure CSV files the way a person would: data lines (no comments), rows split into fields, quotes honoured.</summary>
internal static class FigureFiles
{
    public static List<string> DataLines(string text) =>
        [.. text.ReplaceLineEndings("\n").Split('\n').Where(l => l.Length > 0 && !l.StartsWith('#'))];

    public static List<List<string>> DataRows(string text) => [.. DataLines(text).Skip(1).Select(Fields)];

    public static List<string> Fields(string line)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            switch (line[i])
            {
                case '"' when quoted && i + 1 < line.Length && line[i + 1] == '"':
                    field.Append('"');
                    i++;
                    break;
                case '"':
                    quoted = !quoted;
                    break;
                case ',' when !quoted:
                    fields.Add(field.ToString());
                    field.Clear();
                    break;
                default:
                    field.Append(line[i]);
                    break;
            }
        }

        fields.Add(field.ToString());
        return fields;
    }

    public static string Root([CallerFilePath] string caller = "")
    {
        var directory = Path.GetDirectoryName(caller);
        while (directory is not null && !File.Exists(Path.Combine(directory, "Overgang.slnx")))
        {
            directory = Path.GetDirectoryName(directory);
        }

        return directory ?? throw new InvalidOperationException("no Overgang.slnx above " + caller);
    }
}
