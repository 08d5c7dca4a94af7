namespace JapanUsRelations.Web.Tests.Support;

/// <summary>Every integration test class joins this collection and shares one running site.</summary>
[CollectionDefinition(Name)]
public sealed class SiteCollection : ICollectionFixture<RunningSite>
{
    /// <summary>The collection's name.</summary>
    public const string Name = "site";
}
