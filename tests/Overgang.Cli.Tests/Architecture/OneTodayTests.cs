namespace Overgang.Cli.Tests.Architecture;

/// <summary>
/// One notion of "today": a date is read from an instant in the Netherlands through <see cref="Overgang.Rules.LegalDay"/> only. A
/// source file under <c>src/</c> that reads a date in UTC (<c>InUtc()</c>), names the zone itself, or reads the
/// machine's clock (<c>DateTime.Now</c>, <c>DateTime.UtcNow</c>, <c>DateTimeOffset.Now</c>) makes a second "today".
/// </summary>
public sealed class OneTodayTests
{
    private static readonly string[] Forbidden = ["InUtc()", "\"Europe/Amsterdam\"", "DateTime.Now", "DateTime.UtcNow", "DateTimeOffset.Now", "DateTimeOffset.UtcNow"];

    [Fact]
    public void EveryToday_IsTheLegalDay()
    {
        // Given
        var root = Path.Combine(Overgang.Testing.ReleaseFiles.Root, "src");
        var own = Path.Combine(root, "Overgang.Rules", "LegalDay.cs");

        // When
        var found = Directory.EnumerateFiles(root, "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".razor", StringComparison.Ordinal))
            .Where(f => f != own && !f.Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj" or "node_modules"))
            .SelectMany(f => File.ReadLines(f).Select((line, i) => (File: f, Line: i + 1, Text: line)))
            .Where(l => !l.Text.TrimStart().StartsWith("//", StringComparison.Ordinal) && Forbidden.Any(l.Text.Contains))
            .Select(l => $"{Path.GetRelativePath(root, l.File)}:{l.Line}: {l.Text.Trim()}")
            .ToList();

        // Then
        Assert.True(found.Count == 0, "a second notion of today (use LegalDay.Today(clock) or LegalDay.Of(instant)):\n" + string.Join('\n', found));
    }
}
