using System.Runtime.CompilerServices;

namespace Overgang.Cli.Tests.Support;

/// <summary>Compares text with an approved file under Expectations/, byte for byte.</summary>
/// <remarks>A missing or different approved file fails the test and writes <c>NAME.received.EXT</c> next to it; approve by renaming.</remarks>
internal static class Snapshot
{
    public static void Match(string area, string name, string extension, string actual, [CallerFilePath] string caller = "")
    {
        var project = FindProject(caller);
        var approved = Path.Combine(project, "Expectations", area, $"{name}.{extension}");
        var received = Path.Combine(project, "Expectations", area, $"{name}.received.{extension}");
        var actualBytes = System.Text.Encoding.UTF8.GetBytes(actual);
        if (File.Exists(approved) && File.ReadAllBytes(approved).AsSpan().SequenceEqual(actualBytes))
        {
            File.Delete(received);
            return;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(received)!);
        File.WriteAllBytes(received, actualBytes);
        Assert.Fail(File.Exists(approved)
            ? $"{approved} differs from the output; see {received}"
            : $"{approved} does not exist; the output is in {received}");
    }

    private static string FindProject(string caller)
    {
        var directory = Path.GetDirectoryName(caller);
        while (directory is not null && !File.Exists(Path.Combine(directory, "Overgang.Cli.Tests.csproj")))
        {
            directory = Path.GetDirectoryName(directory);
        }

        return directory ?? throw new InvalidOperationException($"no test project above {caller}");
    }
}
