using System.CommandLine;
using Overgang.Cli.Tests.Support;
using Overgang.Rules.Parameters;

namespace Overgang.Cli.Tests.Help;

/// <summary>The help of every command fits 80 columns, and says each default once.</summary>
public sealed class HelpTests
{
    public static TheoryData<string> Commands()
    {
        var root = OvergangApp.Build(new CliContext(TextReader.Null, TextWriter.Null, TextWriter.Null, FixedClock.On(2026, 11, 22), ParameterTree.Default));
        var data = new TheoryData<string>();
        foreach (var path in Paths(root, ""))
        {
            data.Add(path);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public void Help_RedirectedOutput_FitsEightyColumns(string command)
    {
        // When: the output is redirected (as in the tests), help is rendered at the default width
        var run = CliRun.Of("", [.. command.Split(' ', StringSplitOptions.RemoveEmptyEntries), "--help"]);

        // Then
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Usage:", run.Output, StringComparison.Ordinal);
        var lines = run.Output.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        Assert.All(lines, line => Assert.True(line.Length <= 80, $"{line.Length} columns: {line}"));
    }

    [Theory]
    [InlineData(80)]
    [InlineData(200)]
    public void Help_OnATerminal_IsNeverWiderThanEightyColumns(int terminal)
    {
        using var output = new StringWriter();
        var code = OvergangApp.Run(["demo", "--help"], TextReader.Null, output, TextWriter.Null, FixedClock.On(2026, 11, 22), interactive: false, helpWidth: terminal);
        Assert.Equal(0, code);
        Assert.All(output.ToString().Split('\n'), line => Assert.True(line.TrimEnd('\r').Length <= 80, line));
    }

    [Fact]
    public void Options_WithADefaultValue_DoNotRepeatTheDefaultInTheirDescription()
    {
        var root = OvergangApp.Build(new CliContext(TextReader.Null, TextWriter.Null, TextWriter.Null, FixedClock.On(2026, 11, 22), ParameterTree.Default));
        var options = All(root).SelectMany(c => c.Options.Select(o => (Command: c.Name, Option: o))).ToList();
        Assert.Contains(options, o => o.Option.HasDefaultValue);
        Assert.All(options.Where(o => o.Option.HasDefaultValue), o =>
            Assert.False((o.Option.Description ?? "").Contains("default", StringComparison.OrdinalIgnoreCase), $"{o.Command} {o.Option.Name}: '{o.Option.Description}' is followed by [default: ...] in the help"));
    }

    [Fact]
    public void Help_OfDemo_PrintsEachDefaultOnce()
    {
        var run = CliRun.Of("", "demo", "--help");
        var text = string.Join(' ', run.Output.Split('\n').Select(l => l.Trim()));
        Assert.Equal(1, Count(text, "[default: 135010]"));
        Assert.Equal(0, Count(text, "default 135010"));
        Assert.Equal(1, Count(text, "[default: 2027]"));
    }

    private static int Count(string text, string part)
    {
        var count = 0;
        for (var at = text.IndexOf(part, StringComparison.Ordinal); at >= 0; at = text.IndexOf(part, at + 1, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }

    private static IEnumerable<string> Paths(Command command, string prefix)
    {
        yield return prefix.Trim();
        foreach (var sub in command.Subcommands)
        {
            foreach (var path in Paths(sub, prefix + " " + sub.Name))
            {
                yield return path;
            }
        }
    }

    private static IEnumerable<Command> All(Command command) => command.Subcommands.SelectMany(All).Prepend(command);
}
