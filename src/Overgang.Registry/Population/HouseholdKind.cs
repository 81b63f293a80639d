namespace Overgang.Registry.Population;

/// <summary>The kinds of registered household the generator produces.</summary>
internal enum HouseholdKind
{
    /// <summary>A woman aged 18-64 alone.</summary>
    SingleWoman,

    /// <summary>A man aged 18-64 alone.</summary>
    SingleMan,

    /// <summary>A person aged 65 or over alone.</summary>
    ElderlyAlone,

    /// <summary>A minor aged 14-17 without a responsible adult.</summary>
    UnaccompaniedMinor,

    /// <summary>Partners without children.</summary>
    Couple,

    /// <summary>A mother with minor children.</summary>
    SingleMother,

    /// <summary>A father with minor children.</summary>
    SingleFather,

    /// <summary>Partners with minor children.</summary>
    CoupleWithChildren,

    /// <summary>Partners with an adult child (18-25) in the same registered household: the child is a separate allowance household.</summary>
    ParentsWithAdultChild,

    /// <summary>A mother with minor children and her own mother: the grandmother is a separate allowance household.</summary>
    ThreeGenerations,
}
