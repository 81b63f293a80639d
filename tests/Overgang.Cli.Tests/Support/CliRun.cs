namespace Overgang.Cli.Tests.Support;

/// <summary>Runs the overgang command in-process with captured streams.</summary>
public sealed record CliRun(int ExitCode, string Output, string Error)
{
    public static CliRun Of(string stdin, params string[] args) => Of(FixedClock.On(2026, 11, 22), stdin, args);

    public static CliRun Of(NodaTime.IClock clock, string stdin, params string[] args)
    {
        using var input = new StringReader(stdin);
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = OvergangApp.Run(args, input, output, error, clock);
        return new CliRun(code, output.ToString(), error.ToString());
    }

    public static string Input(string name) => Path.Combine(AppContext.BaseDirectory, "Inputs", name);
}
