namespace Overgang.Web.Persons;

/// <summary>A reception location a person can be moved to.</summary>
/// <param name="Id">The location.</param>
/// <param name="Name">Its name.</param>
/// <param name="Kind"><c>municipal</c>, <c>municipal-catering</c> or <c>coa</c>.</param>
public sealed record LocationChoice(string Id, string Name, string Kind);
