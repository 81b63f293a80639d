using System.Diagnostics.CodeAnalysis;
using Overgang.Contracts.Calc;
using Overgang.Contracts.Decide;
using Overgang.Rules.Allowance;
using Overgang.Rules.Parameters;

namespace Overgang.Contracts;

/// <summary>
/// The two operations of docs/contracts/cli-json.md on a document's text: <c>calc</c> and <c>decide</c>. The command
/// line and the HTTP API both call these, so both accept and answer exactly the same documents.
/// </summary>
public static class ContractJson
{
    /// <summary>The living allowance and own contribution of the households in a calc document.</summary>
    public static ContractAnswer Calc(string text, ParameterTree parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var parseError = JsonFields.ParseDocument(text, out var document);
        if (parseError is not null)
        {
            return new ContractAnswer.Refused(parseError);
        }

        using (document)
        {
            if (!CalcRequestReader.TryRead(document!.RootElement, out var request, out var error))
            {
                return new ContractAnswer.Refused(error);
            }

            var answer = HouseholdAllowances.Answer(request, parameters);
            if (answer is AllowanceAnswer.Calculated calculated)
            {
                return new ContractAnswer.Answered(JsonOutput.Render(json => CalcResponseWriter.Write(json, request.Date, calculated.Households, calculated.AfterProtection)));
            }

            var refusal = answer.Refusal!;
            return new ContractAnswer.Refused(new InputError(refusal.Field, refusal.Message, refusal.Parameter));
        }
    }

    /// <summary>The transition decision of every person in a decide document.</summary>
    public static ContractAnswer Decide(string text, ParameterTree parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        if (!TryReadDecide(text, out var request, out var error)
            || !DecideHandler.TryHandle(request, parameters, out var decisions, out error))
        {
            return new ContractAnswer.Refused(error);
        }

        return new ContractAnswer.Answered(JsonOutput.Render(json => DecideResponseWriter.Write(json, request, decisions, parameters)));
    }

    /// <summary>Parses and validates a decide document without deciding (the letters read the same document).</summary>
    public static bool TryReadDecide(string text, [NotNullWhen(true)] out DecideRequest? request, [NotNullWhen(false)] out InputError? error)
    {
        request = null;
        error = JsonFields.ParseDocument(text, out var document);
        if (error is not null)
        {
            return false;
        }

        using (document)
        {
            return DecideRequestReader.TryRead(document!.RootElement, out request, out error);
        }
    }
}
