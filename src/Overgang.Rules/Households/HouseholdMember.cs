namespace Overgang.Rules.Households;

/// <summary>A person in a formed household, with whether they are an adult on the calculation date.</summary>
/// <param name="Person">The person's facts.</param>
/// <param name="IsAdult">True when the person has reached the age of majority on the calculation date.</param>
/// <param name="InputIndex">The person's position in the input (for error messages and ordering).</param>
public sealed record HouseholdMember(PersonFacts Person, bool IsAdult, int InputIndex);
