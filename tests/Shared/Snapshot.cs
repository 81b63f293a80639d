using System.Runtime.CompilerServices;

namespace Overgang.Testing;

/// <summary>Approved-file snapshots (shared by the test projects, linked into each): the text must equal Expectations/&lt;area&gt;/&lt;name&gt; byte for byte.</summary>
/// <remarks>
/// A missing or different snapshot fails the test and writes <c>&lt;name&gt;.received.&lt;ext&gt;</c> beside it; review it and
/// rename it to approve. Setting OVERGANG_ACCEPT_SNAPSHOTS=1 writes missing snapshots (never in CI).
/// </remarks>
public static class Snapshot
{
    public static void Match(string actual, string area, string name, [CallerFilePath] string caller = "")
    {
        var root = FindProjectDirectory(caller);
        var approved = Path.Combine(root, "Expectations", area, name);
        var received = Path.Combine(Path.GetDirectoryName(approved)!, Path.GetFileNameWithoutExtension(name) + ".received" + Path.GetExtension(name));
        var text = actual.ReplaceLineEndings("\n");
        if (!File.Exists(approved))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(approved)!);
            if (Environment.GetEnvironmentVariable("OVERGANG_ACCEPT_SNAPSHOTS") == "1" && Environment.GetEnvironmentVariable("CI") is null)
            {
                File.WriteAllText(approved, text);
                return;
            }

            File.WriteAllText(received, text);
            Assert.Fail($"no approved snapshot {approved}; the output was written to {received}");
        }

        var expected = File.ReadAllText(approved).ReplaceLineEndings("\n");
        if (expected != text)
        {
            File.WriteAllText(received, text);
            Assert.Equal(expected, text);
        }
        else if (File.Exists(received))
        {
            File.Delete(received);
        }
    }

    private static string FindProjectDirectory(string caller)
    {
        var directory = Path.GetDirectoryName(caller);
        while (directory is not null && !Directory.EnumerateFiles(directory, "*.csproj").Any())
        {
            directory = Path.GetDirectoryName(directory);
        }

        return directory ?? throw new InvalidOperationException($"no project directory above {caller}");
    }
}
