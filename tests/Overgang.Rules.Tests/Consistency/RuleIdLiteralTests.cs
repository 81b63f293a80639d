using System.Reflection;
using Overgang.Rules.Explanations;
using Overgang.Rules.Placements;
using YamlDotNet.RepresentationModel;

namespace Overgang.Rules.Tests.Consistency;

/// <summary>
/// "Rules own every rule": a parameter id or rule id named as a string literal outside <c>src/Overgang.Rules</c> is a
/// rule (or a read of one) written outside the rules. Callers use a rules API instead (for example
/// <see cref="AbsenceRule"/>, <see cref="Overgang.Rules.Transition.ProtectionEnd"/>, <see cref="Overgang.Rules.Households.AgeOfMajority"/>).
/// </summary>
/// <remarks>
/// Scans every <c>.cs</c> and <c>.razor</c> file of the repository (found by walking up to <c>Overgang.slnx</c>) except
/// <c>src/Overgang.Rules</c> itself and <c>tests/</c> (tests check the contract output, which names ids). Generic
/// code that lists every parameter (the <c>params</c> command) names no id and is not affected. Comments may name ids.
/// </remarks>
public sealed class RuleIdLiteralTests
{
    [Fact]
    public void NoParameterOrRuleId_IsAStringLiteralOutsideTheRules()
    {
        // Given
        var root = RepositoryRoot();
        var ids = ParameterIds(root).Concat(RuleIdConstants()).ToHashSet(StringComparer.Ordinal);

        // When
        var found = new List<string>();
        foreach (var file in SourceFiles(root))
        {
            var relative = Path.GetRelativePath(root, file).Replace('\\', '/');
            var lines = File.ReadAllLines(file);
            for (var i = 0; i < lines.Length; i++)
            {
                found.AddRange(LiteralIds(lines[i], ids).Select(id => $"{relative}:{i + 1}: \"{id}\""));
            }
        }

        // Then
        Assert.Contains("reception.absence-maximum-days", ids);
        Assert.True(found.Count == 0, "parameter or rule ids written outside Overgang.Rules (use a rules API instead):\n" + string.Join('\n', found));
    }

    [Theory]
    [InlineData("""    private const string Id = "reception.absence-maximum-days";""", true)]
    [InlineData("""        if (!parameters.TryRead("transition.protection.last-day", day, out var v, out _))""", true)]
    [InlineData("""        var text = $"see reception.absence-maximum-days for {month}";""", true)]
    [InlineData("""/// <para>The 28-day rule (<c>reception.absence-maximum-days</c>): a member whose absence "lasts"</para>""", false)]
    [InlineData("""        // "reception.absence-maximum-days" is read by AbsenceRule""", false)]
    [InlineData("""        Read("allowance.food.alone-or-more") + "x";""", false)]
    [InlineData("""        var rule = AbsenceRule.TryFor(parameters, month, out var absence, out var missing);""", false)]
    public void LiteralIds_FindsIdsInsideStringLiteralsOnly(string line, bool expected)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal) { "reception.absence-maximum-days", "transition.protection.last-day", "allowance.food.alone" };
        Assert.Equal(expected, LiteralIds(line, ids).Any());
    }

    /// <summary>The ids that appear inside a string literal on a line of code (full-line comments skipped).</summary>
    private static IEnumerable<string> LiteralIds(string line, IReadOnlySet<string> ids)
    {
        if (line.TrimStart().StartsWith("//", StringComparison.Ordinal) || !line.Contains('"', StringComparison.Ordinal))
        {
            yield break;
        }

        foreach (var id in ids)
        {
            for (var at = line.IndexOf(id, StringComparison.Ordinal); at >= 0; at = line.IndexOf(id, at + 1, StringComparison.Ordinal))
            {
                var end = at + id.Length;
                var whole = (at == 0 || !IsIdChar(line[at - 1])) && (end == line.Length || !IsIdChar(line[end]));
                if (whole && InsideString(line, at))
                {
                    yield return id;
                    break;
                }
            }
        }
    }

    private static bool IsIdChar(char c) => char.IsLetterOrDigit(c) || c is '.' or '-' or '_';

    /// <summary>Whether a position is inside a string literal: an odd number of unescaped quotes before it on the line.</summary>
    private static bool InsideString(string line, int position)
    {
        var quotes = 0;
        for (var i = 0; i < position; i++)
        {
            if (line[i] == '"' && (i == 0 || line[i - 1] != '\\'))
            {
                quotes++;
            }
        }

        return quotes % 2 == 1;
    }

    /// <summary>The ids under <c>parameters:</c> in the rules' YAML parameter files and country packages (source ids such as <c>R1</c> are citations, not rule or parameter ids).</summary>
    private static IEnumerable<string> ParameterIds(string root)
    {
        var directory = Path.Combine(root, "src", "Overgang.Rules", "Parameters", "Data");
        var countries = Path.Combine(root, "src", "Overgang.Rules", "Countries", "Data");
        var files = Directory.GetFiles(directory, "*.yaml").Concat(Directory.GetFiles(countries, "*.yaml")).ToList();
        Assert.NotEmpty(files);
        Assert.Contains(files, f => f.StartsWith(countries, StringComparison.Ordinal));
        foreach (var file in files)
        {
            var yaml = new YamlStream();
            using (var reader = new StreamReader(file))
            {
                yaml.Load(reader);
            }

            if (yaml.Documents.Count == 0 || yaml.Documents[0].RootNode is not YamlMappingNode map
                || !map.Children.TryGetValue(new YamlScalarNode("parameters"), out var parameters) || parameters is not YamlSequenceNode list)
            {
                continue;
            }

            foreach (var item in list.Children.OfType<YamlMappingNode>())
            {
                if (item.Children.TryGetValue(new YamlScalarNode("id"), out var id) && id is YamlScalarNode { Value: { Length: > 0 } value })
                {
                    yield return value;
                }
            }
        }
    }

    /// <summary>The rule ids the rules declare as constants (explanation items).</summary>
    private static IEnumerable<string> RuleIdConstants() =>
        new[] { typeof(RuleIds), typeof(ReceptionRuleIds), typeof(Overgang.Rules.Provisions.ProvisionRuleIds), typeof(Overgang.Rules.Transition.TransitionRuleIds), typeof(Overgang.Rules.ReturnProgramme.ReturnRuleIds), typeof(Overgang.Rules.ReceptionQuality.QualityRuleIds), typeof(Overgang.Rules.Households.HouseholdRuleIds) }
            .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.Static))
            .Where(f => f.IsLiteral)
            .Select(f => (string)f.GetRawConstantValue()!);

    private static IEnumerable<string> SourceFiles(string root)
    {
        var skipped = new[] { Path.Combine(root, "src", "Overgang.Rules") + Path.DirectorySeparatorChar, Path.Combine(root, "tests") + Path.DirectorySeparatorChar };
        return Directory.EnumerateFiles(root, "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".razor", StringComparison.Ordinal))
            .Where(f => !skipped.Any(s => f.StartsWith(s, StringComparison.Ordinal)))
            .Where(f => !f.Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj" or ".git" or "node_modules"));
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Overgang.slnx")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("Overgang.slnx not found above " + AppContext.BaseDirectory);
    }
}
