namespace Overgang.Registry.Facts.Validation;

/// <summary>
/// One problem with a fact, as a value: the field it concerns and what is wrong (English, the import's and the API's
/// language). The importer adds the line, the API puts it in problem+json, a page shows it beside the field in its language.
/// </summary>
/// <param name="Field">The field, as the CSV column and the API property name it (such as <c>locationId</c>).</param>
/// <param name="Code">A stable code for the kind of problem, for pages to put it in their language.</param>
/// <param name="Message">What is wrong.</param>
public sealed record FactError(string Field, string Code, string Message);
