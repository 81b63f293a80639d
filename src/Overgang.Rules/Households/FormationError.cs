namespace Overgang.Rules.Households;

/// <summary>Relations that cannot form households: names the person and the field at fault.</summary>
/// <param name="PersonIndex">Position of the person in the input.</param>
/// <param name="PersonId">The person's id.</param>
/// <param name="Field">The field at fault, such as <c>partnerId</c>.</param>
/// <param name="Message">What is inconsistent.</param>
public sealed record FormationError(int PersonIndex, string PersonId, string Field, string Message)
{
    /// <summary>The field as a path into the input document: <c>persons[3].partnerId</c>.</summary>
    public string Path => $"persons[{PersonIndex}].{Field}";
}
