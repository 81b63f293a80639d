using System.CommandLine;
using Overgang.Cli.Decide;
using Overgang.Contracts;
using Overgang.Contracts.Decide;
using Overgang.Letters;
using Overgang.Rules.Transition;

namespace Overgang.Cli.DecisionLetters;

/// <summary><c>overgang letter</c>: the decision letter of one person in a decide document, as HTML or PDF.</summary>
/// <remarks>The whole document is decided (household flags need every member), then the person's letter is composed.</remarks>
internal static class LetterCommand
{
    public static Command Create(CliContext context)
    {
        var input = new Option<string?>("--input", "-i") { Description = "The decide document (JSON); - reads standard input." };
        var person = new Option<string?>("--person", "-p") { Description = "The id of the person whose letter to write." };
        var language = new Option<string>("--lang", "-l") { Description = "Language: nl, uk or en.", DefaultValueFactory = _ => "nl" };
        var format = new Option<string>("--format", "-f") { Description = "Format: html or pdf.", DefaultValueFactory = _ => "html" };
        var output = new Option<string?>("--out", "-o") { Description = "The file to write; html may go to standard output when omitted or -." };
        var command = new Command("letter", "Decision letter for one person (Dutch, Ukrainian or English; HTML or PDF).") { input, person, language, format, output };
        command.SetAction(parse => Run(context, parse.GetValue(input), parse.GetValue(person), parse.GetValue(language), parse.GetValue(format), parse.GetValue(output)));
        return command;
    }

    private static int Run(CliContext context, string? path, string? personId, string? languageCode, string? format, string? outPath)
    {
        var error = Check(personId, languageCode, format, outPath, out var language);
        if (error is null && DecideInput.TryRead(context, path, out var request, out error)
            && DecideHandler.TryHandle(request, context.Parameters, out var decisions, out error))
        {
            var decision = decisions.FirstOrDefault(d => d.PersonId == personId);
            if (decision is null)
            {
                error = new InputError("--person", $"--person {personId} is not in persons");
            }
            else if (!TransitionSchedule.TryFor(context.Parameters, request.Date, out var schedule, out var missing))
            {
                error = InputError.For(missing);
            }
            else
            {
                var letter = LetterComposer.Compose(decision, request.Names.GetValueOrDefault(decision.PersonId, decision.PersonId), schedule, language);
                return Write(context, letter, format!, outPath);
            }
        }

        context.Error.WriteLine(JsonOutput.Error(error!));
        return ExitCodes.BadInput;
    }

    private static InputError? Check(string? personId, string? languageCode, string? format, string? outPath, out LetterLanguage language)
    {
        if (!LetterDates.TryParse(languageCode, out language))
        {
            return new InputError("--lang", $"--lang must be nl, uk or en, not \"{languageCode}\"");
        }

        if (string.IsNullOrWhiteSpace(personId))
        {
            return new InputError("--person", "give the person's id with --person ID");
        }

        return format switch
        {
            "html" => null,
            "pdf" when outPath is null or "-" => new InputError("--out", "a PDF letter needs a file: --out FILE"),
            "pdf" => null,
            _ => new InputError("--format", $"--format must be html or pdf, not \"{format}\""),
        };
    }

    private static int Write(CliContext context, Letter letter, string format, string? outPath)
    {
        var chromium = format == "pdf" ? ChromiumPdfRenderer.FindChromium() : null;
        if (format == "pdf" && chromium is null)
        {
            context.Error.WriteLine(JsonOutput.Error(new InputError("--format",
                $"PDF output prints the letter with Chromium, which is not installed: install Debian's chromium package or set {ChromiumPdfRenderer.ChromiumVariable}")));
            return ExitCodes.BadInput;
        }

        try
        {
            if (format == "pdf")
            {
                File.WriteAllBytes(outPath!, ChromiumPdfRenderer.Render(letter, chromium!));
            }
            else if (outPath is null or "-")
            {
                context.Output.Write(HtmlLetterRenderer.Render(letter));
            }
            else
            {
                File.WriteAllText(outPath, HtmlLetterRenderer.Render(letter));
            }

            return ExitCodes.Ok;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            context.Error.WriteLine(JsonOutput.Error(new InputError("--out", $"cannot write {outPath}: {e.Message}")));
            return ExitCodes.BadInput;
        }
    }
}
