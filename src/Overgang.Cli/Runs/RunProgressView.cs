using Overgang.Registry.Runs;
using Spectre.Console;

namespace Overgang.Cli.Runs;

/// <summary>
/// Shows the progress of a long phase in its unit ("households", "persons", "rows"): a live bar on a terminal, a line
/// per tenth otherwise (logs stay readable).
/// </summary>
internal static class RunProgressView
{
    /// <summary>
    /// Runs a batch run over households with its progress shown, listening for Ctrl-C and SIGTERM (<see cref="StopSignal"/>)
    /// while it runs; <paramref name="reused"/> tells whether a finished run was reused instead, <paramref name="last"/> is
    /// the last progress it reported (how far a stopped run came).
    /// </summary>
    public static T Track<T>(CliContext context, string title, Func<IProgress<RunProgress>, CancellationToken, T> run, out bool reused, out RunProgress? last)
    {
        var reuse = false;
        RunProgress? latest = null;
        using var stop = StopSignal.Listen(context.Error);
        var result = Show(context, title, "households", report => run(
            new SynchronousProgress<RunProgress>(p =>
            {
                if (p.Reused)
                {
                    reuse = true;
                    return;
                }

                latest = p;
                report(p.Done, p.Total);
            }),
            stop.Token));
        reused = reuse;
        last = latest;
        return result;
    }

    /// <summary>Runs a phase that reports (done, total) in <paramref name="unit"/>, with its progress shown.</summary>
    public static T Phase<T>(CliContext context, string title, string unit, Func<IProgress<(int Done, int Total)>, T> work) =>
        Show(context, title, unit, report => work(new SynchronousProgress<(int Done, int Total)>(p => report(p.Done, p.Total))));

    /// <summary>Runs a phase that cannot count its progress: a line before it (a spinner on a terminal).</summary>
    public static T Step<T>(CliContext context, string title, Func<T> work)
    {
        if (!context.Interactive)
        {
            ConsoleFactory.Create(context.Output).WriteLine($"{title} ...");
            return work();
        }

        return AnsiConsole.Console.Status().Start(Markup.Escape(title + " ..."), _ => work());
    }

    private static T Show<T>(CliContext context, string title, string unit, Func<Action<int, int>, T> work)
    {
        var console = ConsoleFactory.Create(context.Output);
        if (!context.Interactive)
        {
            var lastTenth = -1;
            return work((done, total) =>
            {
                var tenth = total == 0 ? 10 : (int)(done * 10L / total);
                if (tenth != lastTenth)
                {
                    lastTenth = tenth;
                    console.WriteLine($"{title}: {Figures.Count(done)}/{Figures.Count(total)} {unit}");
                }
            });
        }

        var live = AnsiConsole.Console;
        T result = default!;
        live.Progress().Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .Start(ctx =>
            {
                var task = ctx.AddTask(Markup.Escape($"{title} ({unit})"));
                result = work((done, total) =>
                {
                    task.MaxValue = Math.Max(1, total);
                    task.Value = done;
                });
                task.Value = task.MaxValue;
            });
        return result;
    }

    private sealed class SynchronousProgress<TValue>(Action<TValue> report) : IProgress<TValue>
    {
        public void Report(TValue value) => report(value);
    }
}
