namespace Overgang.Rules.Parameters;

/// <summary>The text of one parameter file and the name used in error messages.</summary>
/// <param name="Name">The file name, such as <c>allowance-food.yaml</c>.</param>
/// <param name="Text">The YAML text.</param>
public sealed record ParameterFile(string Name, string Text);
