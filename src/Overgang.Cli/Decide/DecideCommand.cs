using System.CommandLine;
using Overgang.Cli.Json;
using Overgang.Contracts;

namespace Overgang.Cli.Decide;

/// <summary><c>overgang decide</c>: the transition path of every person in a JSON document.</summary>
internal static class DecideCommand
{
    public static Command Create(CliContext context)
    {
        var input = new Option<string?>("--input", "-i") { Description = "The input document (JSON); - reads standard input." };
        var file = new Argument<string?>("file") { Description = "The input document, as an alternative to --input.", Arity = ArgumentArity.ZeroOrOne };
        var command = new Command("decide", "Transition path per person when temporary protection ends (docs/contracts/cli-json.md).") { input, file };
        command.SetAction(parse => Run(context, parse.GetValue(input) ?? parse.GetValue(file)));
        return command;
    }

    private static int Run(CliContext context, string? path)
    {
        if (!InputDocument.TryRead(context, path, out var text, out var readError))
        {
            context.Error.WriteLine(JsonOutput.Error(readError));
            return ExitCodes.BadInput;
        }

        switch (ContractJson.Decide(text, context.Parameters))
        {
            case ContractAnswer.Answered answered:
                context.Output.WriteLine(answered.Json);
                return ExitCodes.Ok;
            case ContractAnswer.Refused refused:
                context.Error.WriteLine(JsonOutput.Error(refused.Error));
                return ExitCodes.BadInput;
            default:
                throw new InvalidOperationException("unknown contract answer");
        }
    }
}
