namespace Overgang.Rules.Households;

/// <summary>Where a displaced person lives, as far as the allowance and the own contribution care.</summary>
public enum Reception
{
    /// <summary>A municipal reception location where residents cook for themselves (<c>municipal</c>).</summary>
    Municipal,

    /// <summary>A municipal reception location that provides meals (<c>municipal-catering</c>).</summary>
    MunicipalCatering,

    /// <summary>Private reception with a host family (<c>private</c>).</summary>
    Private,

    /// <summary>The person's own home (<c>own-home</c>).</summary>
    OwnHome,
}
