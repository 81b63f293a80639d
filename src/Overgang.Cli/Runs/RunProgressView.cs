using Overgang.Registry.Runs;
using Spectre.Console;

namespace Overgang.Cli.Runs;

/// <summary>Shows a run's progress: a live bar on a terminal, a line per tenth otherwise (logs stay readable).</summary>
internal static class RunProgressView
{
    public static T Track<T>(CliContext context, string title, Func<IProgress<RunProgress>, T> run)
    {
        var console = ConsoleFactory.Create(context.Output);
        if (!context.Interactive)
        {
            var lastTenth = -1;
            return run(new SynchronousProgress(p =>
            {
                var tenth = p.Total == 0 ? 10 : p.Done * 10 / p.Total;
                if (tenth != lastTenth)
                {
                    lastTenth = tenth;
                    console.WriteLine($"{title}: {p.Done:N0}/{p.Total:N0}");
                }
            }));
        }

        var live = AnsiConsole.Console;
        T result = default!;
        live.Progress().Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .Start(ctx =>
            {
                var task = ctx.AddTask(title);
                result = run(new SynchronousProgress(p =>
                {
                    task.MaxValue = Math.Max(1, p.Total);
                    task.Value = p.Done;
                }));
                task.Value = task.MaxValue;
            });
        return result;
    }

    private sealed class SynchronousProgress(Action<RunProgress> report) : IProgress<RunProgress>
    {
        public void Report(RunProgress value) => report(value);
    }
}
