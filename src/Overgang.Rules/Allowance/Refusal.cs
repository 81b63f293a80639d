namespace Overgang.Rules.Allowance;

/// <summary>Why a request got no amounts: the field of the request at fault, a sentence, and the unknown parameter if that is why.</summary>
/// <param name="Field">A path into the request, such as <c>persons[3].partnerId</c>, <c>date</c> or <c>hardshipOverrides[0].contribution</c>.</param>
/// <param name="Message">What is wrong.</param>
/// <param name="Parameter">The parameter that is unknown on the date, or <c>null</c>.</param>
public sealed record Refusal(string Field, string Message, string? Parameter);
