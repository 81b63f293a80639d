using System.CommandLine;
using NodaTime;
using Overgang.Contracts;
using Overgang.Rules.Parameters;
using Spectre.Console;

namespace Overgang.Cli.ParameterCatalogue;

/// <summary><c>overgang params [--date D] [--format table|json]</c>: the parameters in force on a date, with unit and source.</summary>
internal static class ParamsCommand
{
    public static Command Create(CliContext context)
    {
        var date = new Option<string?>("--date", "-d") { Description = "The date (YYYY-MM-DD); default today in the Netherlands." };
        var format = new Option<string>("--format", "-f") { Description = "table or json.", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "json");
        var command = new Command("params", "List the parameters in force on a date, with unit, start date and source.") { date, format };
        command.SetAction(parse => Run(context, parse.GetValue(date), parse.GetValue(format)!));
        return command;
    }

    private static int Run(CliContext context, string? dateText, string format)
    {
        var day = context.Today;
        if (dateText is not null && !OptionValues.TryDate(context, "--date", dateText, out day))
        {
            return ExitCodes.BadInput;
        }

        var rows = ParameterCatalogueRow.On(context.Parameters, day);
        if (format == "json")
        {
            context.Output.WriteLine(JsonOutput.Render(json => WriteJson(json, context.Parameters, day, rows)));
            return ExitCodes.Ok;
        }

        var console = ConsoleFactory.Create(context.Output);
        console.WriteLine($"Parameters in force on {day:yyyy-MM-dd} (parameter version {context.Parameters.Version})");
        var table = new Table().Border(TableBorder.Simple)
            .AddColumns("parameter", "value", "unit", "since", "status", "source");
        foreach (var row in rows)
        {
            table.AddRow(
                Markup.Escape(row.Definition.Id),
                Markup.Escape(row.ValueText),
                Markup.Escape(row.UnitText),
                row.Value is null ? "" : row.Value.From.ToString("yyyy-MM-dd", null),
                row.Status,
                Markup.Escape(row.Value is null ? "" : context.Parameters.Cite(row.Value)));
        }

        console.Write(table);
        return ExitCodes.Ok;
    }

    private static void WriteJson(System.Text.Json.Utf8JsonWriter json, ParameterTree parameters, LocalDate day, IReadOnlyList<ParameterCatalogueRow> rows)
    {
        json.WriteStartObject();
        json.WriteString("date", day.ToString("yyyy-MM-dd", null));
        json.WriteString("parameterVersion", parameters.Version);
        json.WriteStartArray("parameters");
        foreach (var row in rows)
        {
            json.WriteStartObject();
            json.WriteString("id", row.Definition.Id);
            json.WriteString("area", row.Definition.Area);
            json.WriteString("description", row.Definition.Description);
            json.WriteString("unit", row.UnitText);
            json.WriteString("status", row.Status);
            if (row.Value is { IsUnknown: false } value)
            {
                json.WriteString("value", value.Raw);
            }
            else
            {
                json.WriteNull("value");
            }

            json.WriteString("since", row.Value?.From.ToString("yyyy-MM-dd", null));
            json.WriteString("source", row.Value?.SourceId);
            json.WriteString("reference", row.Value is null ? null : parameters.Cite(row.Value));
            json.WriteString("note", row.Value?.Note);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }
}
