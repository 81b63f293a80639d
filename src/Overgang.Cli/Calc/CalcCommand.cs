using System.CommandLine;
using Overgang.Cli.Json;
using Overgang.Rules.Allowance;

namespace Overgang.Cli.Calc;

/// <summary><c>overgang calc</c>: living allowance and own contribution for the households in a JSON document.</summary>
internal static class CalcCommand
{
    public static Command Create(CliContext context)
    {
        var input = new Option<string?>("--input", "-i") { Description = "The input document (JSON); - reads standard input." };
        var file = new Argument<string?>("file") { Description = "The input document, as an alternative to --input.", Arity = ArgumentArity.ZeroOrOne };
        var command = new Command("calc", "Living allowance and own contribution per household (shared/contracts/cli-json.md).") { input, file };
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

        var parseError = JsonFields.ParseDocument(text, out var document);
        if (parseError is not null)
        {
            context.Error.WriteLine(JsonOutput.Error(parseError));
            return ExitCodes.BadInput;
        }

        using (document)
        {
            if (!CalcRequestReader.TryRead(document!.RootElement, out var request, out var error))
            {
                context.Error.WriteLine(JsonOutput.Error(error));
                return ExitCodes.BadInput;
            }

            var answer = HouseholdAllowances.Answer(request, context.Parameters);
            if (answer is AllowanceAnswer.Calculated calculated)
            {
                context.Output.WriteLine(JsonOutput.Render(json => CalcResponseWriter.Write(json, request.Date, calculated.Households)));
                return ExitCodes.Ok;
            }

            var refusal = answer.Refusal!;
            error = new InputError(refusal.Field, refusal.Message, refusal.Parameter);
            context.Error.WriteLine(JsonOutput.Error(error));
            return ExitCodes.BadInput;
        }
    }
}
