namespace Overgang.Cli.Tests.Support;

/// <summary>Runs the overgang app in-process with captured streams and a fixed clock.</summary>
internal static class AppRun
{
    public static (int Exit, string Output, string Error) Run(string stdin, params string[] args)
    {
        using var output = new StringWriter { NewLine = "\n" };
        using var error = new StringWriter { NewLine = "\n" };
        using var input = new StringReader(stdin);
        var exit = OvergangApp.Run(args, input, output, error, FixedClock.Default);
        return (exit, output.ToString(), error.ToString());
    }

    public static string Input(string relative) => Path.Combine(AppContext.BaseDirectory, "Inputs", relative);
}
