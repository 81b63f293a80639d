using System.Reflection;
using System.Text;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Overgang.Rules.Parameters;

/// <summary>The text of one parameter file and the name used in error messages.</summary>
/// <param name="Name">The file name, such as <c>allowance-food.yaml</c>.</param>
/// <param name="Text">The YAML text.</param>
public sealed record ParameterFile(string Name, string Text)
{
    /// <summary>
    /// Reads the text as one YAML document with a mapping at its root: the common start of parameter, reform and
    /// analysis data files.
    /// </summary>
    /// <exception cref="ParameterFileException">The text is not such a document; the message names file and line.</exception>
    public YamlMappingNode ReadMapping()
    {
        var stream = new YamlStream();
        try
        {
            using var reader = new StringReader(Text);
            stream.Load(reader);
        }
        catch (YamlException e)
        {
            throw new ParameterFileException(Name, e.Start.Line, e.Message);
        }

        if (stream.Documents.Count != 1 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            throw new ParameterFileException(Name, 1, "expected one YAML document with a mapping at its root");
        }

        return root;
    }

    /// <summary>The files embedded in <paramref name="assembly"/> whose resource name starts with <paramref name="prefix"/>, in name order, named without it.</summary>
    internal static IReadOnlyList<ParameterFile> Embedded(Assembly assembly, string prefix)
    {
        var files = new List<ParameterFile>();
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(prefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream, Encoding.UTF8);
            files.Add(new ParameterFile(name[prefix.Length..], reader.ReadToEnd()));
        }

        return files;
    }
}
