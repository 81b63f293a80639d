using System.Security.Cryptography;
using System.Text.Json;
using System.Text.RegularExpressions;
using Overgang.Testing;
using Overgang.Web.Tests.Support;

namespace Overgang.Web.Tests.Release;

/// <summary>
/// The committed front-end files (src/Overgang.Web/Assets/overgang.bundle.css, tests/.../axe.min.js) are what
/// tools/refresh-stylesheet.sh makes from the npm inputs in src/Overgang.Web/Client, and the application serves the
/// bundle byte for byte.
/// </summary>
[Collection(ApiFixtures.Name)]
public sealed partial class StylesheetBundleTests(WebServer server)
{
    private static readonly string Web = ReleaseFiles.PathOf("src/Overgang.Web");

    [Fact]
    public void The_committed_bundle_records_the_hashes_of_the_inputs_it_was_made_from_and_they_are_the_current_inputs()
    {
        // Given: the record tools/refresh-stylesheet.sh writes (sha256sum format, paths from src/Overgang.Web)
        var recorded = File.ReadAllLines(Path.Combine(Web, "Assets", "overgang.bundle.sha256"))
            .Where(line => line.Length > 0)
            .Select(line => line.Split("  ", 2))
            .ToDictionary(parts => parts[1], parts => parts[0], StringComparer.Ordinal);

        // When
        var current = recorded.Keys.ToDictionary(path => path, path => Sha256(Path.Combine(Web, path)), StringComparer.Ordinal);

        // Then
        Assert.Equal(["Client/bundle.mjs", "Client/overgang.css", "Client/package-lock.json"], recorded.Keys.Order(StringComparer.Ordinal));
        foreach (var (path, hash) in recorded)
        {
            Assert.True(hash == current[path], $"src/Overgang.Web/{path} changed since the stylesheet was bundled: run tools/refresh-stylesheet.sh and commit what it writes");
        }
    }

    [Fact]
    public void The_committed_bundle_ends_with_the_current_layout_rules_after_the_packages_of_the_lock_file()
    {
        // Given
        var bundle = File.ReadAllText(Path.Combine(Web, "Assets", "overgang.bundle.css"));
        var layout = File.ReadAllText(Path.Combine(Web, "Client", "overgang.css"));

        // When
        var packages = PackageHeader().Matches(bundle).Select(m => (m.Groups["name"].Value, m.Groups["version"].Value)).ToList();

        // Then: bundle.mjs's parts in order (the theme's tokens, then one package per component), at the versions
        // package-lock.json pins, then our own rules unchanged
        Assert.Equal(("@rijkshuisstijl-community/design-tokens", LockedVersion("@rijkshuisstijl-community/design-tokens")), packages[0]);
        Assert.True(packages.Count > 20, "the components of the pages are bundled: " + packages.Count);
        foreach (var (name, version) in packages.Skip(1))
        {
            Assert.Matches("^@utrecht/[a-z0-9-]+-css$", name);
            Assert.Equal(LockedVersion(name), version);
        }

        Assert.Equal(packages.Count, packages.Select(p => p.Item1).Distinct(StringComparer.Ordinal).Count());
        Assert.EndsWith("/* Overgang */\n" + layout, bundle, StringComparison.Ordinal);
    }

    /// <summary>The classes of the NL Design System that have no rule of their own: the theme's class (its tokens are on <c>.rhc-theme</c>) and label modifiers the components document but do not style.</summary>
    private static readonly string[] Unstyled = ["utrecht-theme", "utrecht-form-field__label--checkbox", "utrecht-form-field__label--radio"];

    [Fact]
    public void Every_nl_design_system_class_the_pages_use_has_its_rules_in_the_bundle()
    {
        // Given: the bundle holds only the components bundle.mjs names (issue 14), and the classes the pages write
        var bundle = File.ReadAllText(Path.Combine(Web, "Assets", "overgang.bundle.css"));
        var used = Directory.EnumerateFiles(Web, "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".razor", StringComparison.Ordinal) || f.EndsWith(".cs", StringComparison.Ordinal))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal) && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(f => UtrechtClass().Matches(File.ReadAllText(f)).Select(m => m.Value))
            .ToHashSet(StringComparer.Ordinal);

        // When
        var missing = used.Where(c => !Unstyled.Contains(c) && !Regex.IsMatch(bundle, @"\." + Regex.Escape(c) + "(?![a-z0-9_-])")).Order(StringComparer.Ordinal).ToList();

        // Then
        Assert.True(used.Count > 40, "the pages' classes were found: " + used.Count);
        Assert.True(missing.Count == 0, "classes without rules in the bundle (add their component to src/Overgang.Web/Client/bundle.mjs and run tools/refresh-stylesheet.sh): " + string.Join(", ", missing));
    }

    [Fact]
    public void The_committed_axe_core_is_the_version_of_the_lock_file()
    {
        // Given
        var axe = File.ReadAllText(ReleaseFiles.PathOf("tests/Overgang.Web.Tests/Support/axe.min.js"));

        // When
        var version = AxeHeader().Match(axe).Groups["version"].Value;

        // Then
        Assert.Equal(LockedVersion("axe-core"), version);
    }

    [Fact]
    public async Task The_served_stylesheet_is_the_committed_bundle_byte_for_byte()
    {
        // Given
        using var client = server.Anonymous();
        var page = await client.GetStringAsync(new Uri("/sign-in", UriKind.Relative));
        var address = StylesheetLink().Match(page).Groups["href"].Value;

        // When
        var served = await client.GetByteArrayAsync(new Uri(address, UriKind.Relative));

        // Then
        Assert.StartsWith("/assets/", address, StringComparison.Ordinal);
        Assert.Equal(File.ReadAllBytes(Path.Combine(Web, "Assets", "overgang.bundle.css")), served);
    }

    private static string LockedVersion(string package)
    {
        using var lockFile = JsonDocument.Parse(File.ReadAllText(Path.Combine(Web, "Client", "package-lock.json")));
        return lockFile.RootElement.GetProperty("packages").GetProperty("node_modules/" + package).GetProperty("version").GetString()!;
    }

    private static string Sha256(string file) => Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(file)));

    [GeneratedRegex(@"^/\* (?<name>@[^ ]+) (?<version>[0-9][^ ]*) \([^)]*\) \*/$", RegexOptions.Multiline)]
    private static partial Regex PackageHeader();

    [GeneratedRegex(@"utrecht-[a-z0-9_-]+")]
    private static partial Regex UtrechtClass();

    [GeneratedRegex(@"^/\*! axe v(?<version>[0-9][^ \n]*)")]
    private static partial Regex AxeHeader();

    [GeneratedRegex(@"<link rel=""stylesheet"" href=""(?<href>[^""]+)""")]
    private static partial Regex StylesheetLink();
}
