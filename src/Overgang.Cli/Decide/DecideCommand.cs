using System.CommandLine;
using Overgang.Cli.Json;

namespace Overgang.Cli.Decide;

/// <summary><c>overgang decide</c>: the transition path of every person in a JSON document.</summary>
internal static class DecideCommand
{
    public static Command Create(CliContext context)
    {
        var input = new Option<string?>("--input", "-i") { Description = "The input document (JSON); - reads standard input." };
        var file = new Argument<string?>("file") { Description = "The input document, as an alternative to --input.", Arity = ArgumentArity.ZeroOrOne };
        var command = new Command("decide", "Transition path per person when temporary protection ends (shared/contracts/cli-json.md).") { input, file };
        command.SetAction(parse => Run(context, parse.GetValue(input) ?? parse.GetValue(file)));
        return command;
    }

    private static int Run(CliContext context, string? path)
    {
        if (!DecideInput.TryRead(context, path, out var request, out var error)
            || !DecideHandler.TryHandle(request, context.Parameters, out var decisions, out error))
        {
            context.Error.WriteLine(JsonOutput.Error(error));
            return ExitCodes.BadInput;
        }

        context.Output.WriteLine(JsonOutput.Render(json => DecideResponseWriter.Write(json, request.Date, decisions)));
        return ExitCodes.Ok;
    }
}
