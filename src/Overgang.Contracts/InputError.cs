using Overgang.Rules.Parameters;

namespace Overgang.Contracts;

/// <summary>Why an input document was refused: the field (as a path into the document) and what is wrong.</summary>
/// <param name="Field">Path such as <c>persons[3].birthDate</c>.</param>
/// <param name="Message">What is wrong, in a sentence.</param>
/// <param name="Parameter">The parameter that is unknown on the date, when that is the reason.</param>
public sealed record InputError(string Field, string Message, string? Parameter = null)
{
    /// <summary>The error for a parameter that is unknown on the requested date: the field at fault is the date.</summary>
    public static InputError For(MissingParameter missing) => new("date", missing.Message, missing.ParameterId);
}
