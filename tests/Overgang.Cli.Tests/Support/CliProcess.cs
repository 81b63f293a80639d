using System.Diagnostics;
using System.Text;

namespace Overgang.Cli.Tests.Support;

/// <summary>
/// Runs the real overgang command in a child process (<c>dotnet overgang.dll</c>), for what cannot happen inside the
/// test's own process: a kill at a random moment, or a setting the process reads once (an environment variable).
/// </summary>
/// <param name="ExitCode">The exit code, or <c>null</c> when the process was killed at its time limit.</param>
/// <param name="Output">What it wrote to standard output.</param>
/// <param name="Error">What it wrote to standard error.</param>
public sealed record CliProcess(int? ExitCode, string Output, string Error)
{
    /// <summary>Runs overgang with <paramref name="arguments"/>; kills it (and gives a <c>null</c> exit code) after <paramref name="limit"/>.</summary>
    public static CliProcess Run(TimeSpan limit, IReadOnlyDictionary<string, string>? environment, params string[] arguments) =>
        Run(limit, environment, null, arguments);

    /// <summary>
    /// As <see cref="Run(TimeSpan, IReadOnlyDictionary{string, string}?, string[])"/>, and sends SIGTERM (a service manager
    /// stopping it) once, at the first line of standard output that <paramref name="stopAt"/> accepts. Not SIGINT: a job a
    /// script starts in the background ignores Ctrl-C, and so do its children (the test runs of <c>test.sh</c> are such
    /// jobs); the command handles both signals alike.
    /// </summary>
    public static CliProcess Run(TimeSpan limit, IReadOnlyDictionary<string, string>? environment, Func<string, bool>? stopAt, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments.Prepend(Path.Combine(AppContext.BaseDirectory, "overgang.dll")))
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var output = new StringBuilder();
        var error = new StringBuilder();
        var signalled = 0;
        process.OutputDataReceived += (_, e) =>
        {
            lock (output)
            {
                output.AppendLine(e.Data);
            }

            if (e.Data is { } line && stopAt?.Invoke(line) == true && Interlocked.Exchange(ref signalled, 1) == 0)
            {
                using var kill = Process.Start("kill", ["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
                kill.WaitForExit();
            }
        };
        process.ErrorDataReceived += (_, e) => { lock (error) { error.AppendLine(e.Data); } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        int? code = null;
        if (process.WaitForExit(limit))
        {
            process.WaitForExit();
            code = process.ExitCode;
        }
        else
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
        }

        lock (output)
        {
            lock (error)
            {
                return new CliProcess(code, output.ToString(), error.ToString());
            }
        }
    }
}
