using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Overgang.Rules.Tests;

/// <summary>
/// A folder of YAML scenario files copied beside the tests: their names in order (the rows of a theory) and their
/// contents, read with the scenarios' camel-case names. One reader for the transition, return-programme and country
/// scenarios.
/// </summary>
internal static class ScenarioFolder
{
    private static readonly IDeserializer _yaml = new DeserializerBuilder().WithNamingConvention(CamelCaseNamingConvention.Instance).Build();

    /// <summary>The folder <c>Scenarios/<paramref name="name"/></c> beside the test assembly.</summary>
    public static string Of(string name) => Path.Combine(AppContext.BaseDirectory, "Scenarios", name);

    /// <summary>The names (without <c>.yaml</c>) of the folder's scenario files, in ordinal order: one theory row each.</summary>
    public static TheoryData<string> Names(string folder)
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(folder, "*.yaml").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileNameWithoutExtension(file));
        }

        return data;
    }

    /// <summary>The scenario file <paramref name="name"/> of <paramref name="folder"/>, read as <typeparamref name="T"/>.</summary>
    public static T Read<T>(string folder, string name) => _yaml.Deserialize<T>(File.ReadAllText(Path.Combine(folder, name + ".yaml")));

    /// <summary>Every scenario file of <paramref name="folder"/>, in ordinal order, read as <typeparamref name="T"/>.</summary>
    public static List<T> All<T>(string folder) =>
        [.. Directory.GetFiles(folder, "*.yaml").Order(StringComparer.Ordinal).Select(f => Read<T>(folder, Path.GetFileNameWithoutExtension(f)))];
}
