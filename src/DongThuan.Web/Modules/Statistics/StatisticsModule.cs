namespace DongThuan.Web.Modules.Statistics;

public static class StatisticsModule
{
    public static IServiceCollection AddStatistics(this IServiceCollection services) => services
        .AddSingleton<StatisticsCatalogue>()
        .AddScoped<Figures>();
}
