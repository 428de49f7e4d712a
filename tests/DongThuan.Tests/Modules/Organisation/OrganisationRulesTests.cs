using DongThuan.Web.Modules.Organisation;

namespace DongThuan.Tests.Modules.Organisation;

/// <summary>The rules on the entities, without a database.</summary>
public sealed class OrganisationRulesTests
{
    private static Unit NewUnit(string name, UnitLevel level, Unit? parent, DateOnly? from = null, DateOnly? to = null)
    {
        var unit = Unit.Create(name, name, level, parent, from, to, out var outcome);
        Assert.True(outcome.Succeeded, outcome.Refusal?.Message);
        return unit;
    }

    [Fact]
    public void Successors_are_recorded_only_for_ended_units_and_only_once()
    {
        var hanoi = NewUnit("Hà Nội", UnitLevel.Province, null);
        var district = NewUnit("Quận Cầu Giấy", UnitLevel.District, hanoi, new(1997, 9, 1), new(2025, 6, 30));
        var ward = NewUnit("Phường Cầu Giấy", UnitLevel.Commune, hanoi, new(2025, 7, 1));
        var lateWard = NewUnit("Phường Sau Này", UnitLevel.Commune, hanoi, new(2026, 1, 1));

        Assert.Equal(OrganisationRefusals.SuccessorOfLivingUnit, ward.SucceededBy(district, [], out _).Refusal);
        Assert.Equal(OrganisationRefusals.SuccessorSelf, district.SucceededBy(district, [], out _).Refusal);
        Assert.Equal(OrganisationRefusals.SuccessorNotValid, district.SucceededBy(lateWard, [], out _).Refusal);
        Assert.True(district.SucceededBy(ward, [], out var link).Succeeded);
        Assert.Equal(new DateOnly(2025, 7, 1), link!.EffectiveOn);
        Assert.Equal(OrganisationRefusals.SuccessorDuplicate, district.SucceededBy(ward, [link], out _).Refusal);
    }

    [Fact]
    public void Unit_levels_nest_downwards()
    {
        var hanoi = NewUnit("Hà Nội", UnitLevel.Province, null);
        var ward = NewUnit("Phường Yên Hòa", UnitLevel.Commune, hanoi);
        Unit.Create("Quận dưới phường", "x", UnitLevel.District, ward, null, null, out var outcome);
        Assert.Equal(OrganisationRefusals.ParentLevel, outcome.Refusal);
        Unit.Create("Phường mồ côi", "x", UnitLevel.Commune, null, null, null, out outcome);
        Assert.Equal(OrganisationRefusals.ParentRequired, outcome.Refusal);
        Assert.Equal(OrganisationRefusals.UnitOwnParent, hanoi.Update("Hà Nội", "Hà Nội", UnitLevel.Province, hanoi, null, null).Refusal);
    }

    [Fact]
    public void Bodies_sit_under_the_right_kind_of_body_in_the_same_unit()
    {
        var hanoi = NewUnit("Hà Nội", UnitLevel.Province, null);
        var other = NewUnit("Phường Khác", UnitLevel.Commune, hanoi);
        var council = Body.Create("HĐND", BodyKind.Council, hanoi, null, null, null, false, out var o);
        Assert.True(o.Succeeded);
        var ubnd = Body.Create("UBND", BodyKind.PeoplesCommittee, hanoi, null, null, null, false, out o);
        Assert.True(o.Succeeded);

        Body.Create("Ban Pháp chế", BodyKind.CouncilCommittee, hanoi, council, null, null, false, out o);
        Assert.True(o.Succeeded);
        Body.Create("Ban dưới UBND", BodyKind.CouncilCommittee, hanoi, ubnd, null, null, false, out o);
        Assert.Equal(OrganisationRefusals.BodyParentKind, o.Refusal);
        Body.Create("HĐND con", BodyKind.Council, hanoi, council, null, null, false, out o);
        Assert.Equal(OrganisationRefusals.BodyTakesNoParent, o.Refusal);
        Body.Create("Ban của HĐND khác", BodyKind.CouncilCommittee, other, council, null, null, false, out o);
        Assert.Equal(OrganisationRefusals.BodyParentOtherUnit, o.Refusal);

        // One council per unit: what a council counts and what its unit counts are the same records.
        Body.Create("HĐND thứ hai", BodyKind.Council, hanoi, null, null, null, unitHasCouncil: true, out o);
        Assert.Equal(OrganisationRefusals.OneCouncilPerUnit, o.Refusal);
        Assert.Equal(OrganisationRefusals.OneCouncilPerUnit, ubnd.Update("UBND thành HĐND", BodyKind.Council, null, null, null, unitHasCouncil: true).Refusal);
        Assert.True(council.Update("HĐND thành phố Hà Nội", BodyKind.Council, null, null, null, unitHasCouncil: false).Succeeded);
    }

    [Fact]
    public void Terms_belong_to_councils_and_do_not_overlap()
    {
        var hanoi = NewUnit("Hà Nội", UnitLevel.Province, null);
        var council = Body.Create("HĐND", BodyKind.Council, hanoi, null, null, null, false, out _);
        var ubnd = Body.Create("UBND", BodyKind.PeoplesCommittee, hanoi, null, null, null, false, out _);
        var vi = Term.Create(council, 6, new(2021, 5, 23), new(2026, 5, 22), [], out var o);
        Assert.True(o.Succeeded);
        Assert.Equal("Khóa VI (2021–2026)", vi.Label);
        Term.Create(ubnd, 1, new(2021, 1, 1), new(2022, 1, 1), [], out o);
        Assert.Equal(OrganisationRefusals.TermNeedsCouncil, o.Refusal);
        Term.Create(council, 7, new(2026, 1, 1), new(2031, 1, 1), [vi], out o);
        Assert.Equal(OrganisationRefusals.TermOverlap, o.Refusal);
        Term.Create(council, 6, new(2031, 1, 1), new(2036, 1, 1), [vi], out o);
        Assert.Equal(OrganisationRefusals.TermDuplicate, o.Refusal);
        Term.Create(council, 7, new(2026, 5, 23), new(2031, 5, 22), [vi], out o);
        Assert.True(o.Succeeded);
    }

    [Theory]
    [InlineData(1, "I")]
    [InlineData(4, "IV")]
    [InlineData(6, "VI")]
    [InlineData(9, "IX")]
    [InlineData(14, "XIV")]
    [InlineData(19, "XIX")]
    public void Terms_are_numbered_in_Roman(int number, string roman) => Assert.Equal(roman, RomanNumerals.Format(number));
}
