// Generated from schemas/addendum.schema.json by `npm run gen`; do not edit.
"use strict";
module.exports = validate22;
module.exports.default = validate22;
const schema33 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://partnership-docs.org/schemas/addendum-spec-1.0.json","title":"Addendum spec","description":"An addendum (variation) to a partnership agreement: the operations that change the base spec, the decision that authorised them, and who signs (DOMAIN §3.5).","type":"object","additionalProperties":false,"required":["kind","spec_version","meta","base","resulting_version","effective_date","reason","decision","changes","signatures"],"properties":{"$schema":{"title":"Schema","description":"Where editors find this schema (ignored by the tool).","type":"string"},"kind":{"title":"Kind","description":"What this file is. For an addendum it is always \"addendum_spec\".","const":"addendum_spec"},"spec_version":{"title":"Spec format version","description":"The version of this file format, written in quotes: \"1.0\".","type":"string","enum":["1.0"]},"meta":{"title":"Document control","description":"Which addendum this is.","type":"object","additionalProperties":false,"properties":{"addendum_id":{"$ref":"#/$defs/Id","title":"Addendum id","description":"A short id for this addendum, for example \"whec-add-1\"."},"number":{"title":"Number","description":"The addendum's number: 1 for the first, then one more than the addenda before it.","type":"integer","minimum":1,"x-rule":"R48"},"title":{"title":"Title","description":"A short title, for example \"Admission of Southall Black Sisters\".","type":"string","minLength":1,"maxLength":200},"status":{"title":"Status","description":"Where the addendum stands: draft, agreed, signed, or superseded.","type":"string","enum":["draft","agreed","signed","superseded"]},"prepared_by_member":{"$ref":"#/$defs/MemberRef","title":"Prepared by","description":"The member that prepared the addendum."},"prepared_date":{"$ref":"#/$defs/Date","title":"Prepared date","description":"The date of this addendum; every date printed inside its files comes from it."}},"required":["addendum_id","number","title","status","prepared_date"]},"base":{"title":"Base agreement","description":"The agreement (and its version) this addendum changes.","type":"object","additionalProperties":false,"properties":{"spec_id":{"$ref":"#/$defs/Id","title":"Spec id","description":"The base spec's meta.spec_id.","x-rule":"R48"},"version":{"title":"Version","description":"The base spec's meta.version: the current consolidated version.","type":"string","minLength":1,"maxLength":20,"pattern":"^[0-9]+\\.[0-9]+\\.[0-9]+$","x-rule":"R48"},"agreement_date":{"$ref":"#/$defs/Date","title":"Agreement date","description":"The date of the original agreement, as the addendum recites it."},"previous_addenda":{"title":"Earlier addenda","description":"The addenda made before this one, in order.","type":"array","items":{"title":"Earlier addendum","description":"One earlier addendum.","type":"object","additionalProperties":false,"properties":{"number":{"title":"Number","description":"Its number.","type":"integer","minimum":1},"addendum_id":{"$ref":"#/$defs/Id","title":"Addendum id","description":"Its id."},"date":{"$ref":"#/$defs/Date","title":"Date","description":"The date it took effect."},"title":{"title":"Title","description":"Its title.","type":"string","minLength":1,"maxLength":200}},"required":["number","date"]}}},"required":["spec_id","version","agreement_date"]},"resulting_version":{"title":"Resulting version","description":"The version of the agreement after this addendum: higher than the base version (an addendum raises the middle number).","type":"string","minLength":1,"maxLength":20,"pattern":"^[0-9]+\\.[0-9]+\\.[0-9]+$","x-rule":"R48"},"effective_date":{"$ref":"#/$defs/Date","title":"Effective date","description":"The date the changes take effect: within the term, on or after the decision.","x-rule":"R48"},"reason":{"title":"Reason","description":"Why the partners are making the change, as the addendum recites it.","type":"string","minLength":1,"maxLength":1500},"decision":{"title":"Decision","description":"The decision that authorised the change (R48).","type":"object","additionalProperties":false,"properties":{"body":{"title":"Body","description":"Who decided: the decision body at a meeting, or the decision body in writing outside a meeting.","type":"string","enum":["decision_body","decision_body_in_writing"]},"meeting_date":{"$ref":"#/$defs/Date","title":"Date","description":"The date of the meeting (or of the written resolution)."},"minute_ref":{"title":"Minute reference","description":"The minute or resolution reference.","type":"string","minLength":1,"maxLength":100},"matters":{"title":"Matters","description":"The reserved matters decided.","type":"array","items":{"$ref":"#/$defs/ReservedMatter"},"minItems":1},"threshold_required":{"$ref":"#/$defs/Threshold","title":"Threshold","description":"The threshold the decision met."},"votes":{"title":"Votes","description":"How the voting partners voted.","type":"object","additionalProperties":false,"properties":{"for":{"title":"For","description":"Votes for.","type":"integer","minimum":0},"against":{"title":"Against","description":"Votes against.","type":"integer","minimum":0},"abstain":{"title":"Abstentions","description":"Abstentions.","type":"integer","minimum":0}},"required":["for","against","abstain"]}},"required":["body","meeting_date","minute_ref","matters","threshold_required","votes"]},"funder_consent":{"title":"Funder consent","description":"The funder's consent, where the funder requires it (R48, R35).","type":"object","additionalProperties":false,"properties":{"required":{"title":"Required","description":"Whether the funder's consent is needed for this change.","type":"boolean"},"funder_id":{"$ref":"#/$defs/Id","title":"Funder","description":"The id of the funder that consented."},"reference":{"title":"Reference","description":"The reference of the consent letter or email.","type":"string","minLength":1,"maxLength":200},"date":{"$ref":"#/$defs/Date","title":"Date","description":"The date of the consent."}},"required":["required"]},"changes":{"title":"Changes","description":"The operations, applied in order to the base spec.","type":"array","items":{"title":"Change","description":"One operation; \"op\" says which.","type":"object","required":["op"],"properties":{"op":{"title":"Operation","description":"Which operation.","type":"string","enum":["admit_member","withdraw_member","expel_member","suspend_member","reinstate_member","change_lead_partner","set_allocation","set_contingency","set_management_fee","set_total_amount","set_kpi_target","set_member_target","extend_term","replace_clause","set","unset","add_to_list","remove_from_list"]}},"allOf":[{"if":{"properties":{"op":{"const":"admit_member"}},"required":["op"]},"then":{"$ref":"#/$defs/Op_admit_member"}},{"if":{"properties":{"op":{"const":"withdraw_member"}},"required":["op"]},"then":{"$ref":"#/$defs/Op_withdraw_member"}},{"if":{"properties":{"op":{"const":"expel_member"}},"required":["op"]},"then":{"$ref":"#/$defs/Op_expel_member"}},{"if":{"properties":{"op":{"const":"suspend_member"}},"required":["op"]},"then":{"$ref":"#/$defs/Op_suspend_member"}},{"if":{"properties":{"op":{"const":"reinstate_member"}},"required":["op"]},"then":{"$ref":"#/$defs/Op_reinstate_member"}},{"if":{"properties":{"op":{"const":"change_lead_partner"}},"required":["op"]},"then":{"$ref":"#/$defs/Op_change_lead_partner"}},{"if":{"properties":{"op":{"const":"set_allocation"}},"required":["op"]},"then":{"$ref":"#/$defs/Op_set_allocation"}},{"if":{"properties":{"op":{"const":"set_contingency"}},"required":["op"]},"then":{"$ref":"#/$defs/Op_set_contingency"}},{"if":{"properties":{"op":{"const":"set_management_fee"}},"required":["op"]},"then":{"$ref":"#/$defs/Op_set_management_fee"}},{"if":{"properties":{"op":{"const":"set_total_amount"}},"required":["op"]},"then":{"$ref":"#/$defs/Op_set_total_amount"}},{"if":{"properties":{"op":{"const":"set_kpi_target"}},"required":["op"]},"then":{"$ref":"#/$defs/Op_set_kpi_target"}},{"if":{"properties":{"op":{"const":"set_member_target"}},"required":["op"]},"then":{"$ref":"#/$defs/Op_set_member_target"}},{"if":{"properties":{"op":{"const":"extend_term"}},"required":["op"]},"then":{"$ref":"#/$defs/Op_extend_term"}},{"if":{"properties":{"op":{"const":"replace_clause"}},"required":["op"]},"then":{"$ref":"#/$defs/Op_replace_clause"}},{"if":{"properties":{"op":{"const":"set"}},"required":["op"]},"then":{"$ref":"#/$defs/Op_set"}},{"if":{"properties":{"op":{"const":"unset"}},"required":["op"]},"then":{"$ref":"#/$defs/Op_unset"}},{"if":{"properties":{"op":{"const":"add_to_list"}},"required":["op"]},"then":{"$ref":"#/$defs/Op_add_to_list"}},{"if":{"properties":{"op":{"const":"remove_from_list"}},"required":["op"]},"then":{"$ref":"#/$defs/Op_remove_from_list"}}]},"minItems":1},"expected_after":{"title":"Expected figures","description":"Figures the consolidated spec must show; each is checked (R48).","type":"object","additionalProperties":false,"properties":{"member_count":{"title":"Active members","description":"How many active members.","type":"integer","minimum":0},"total_amount":{"$ref":"#/$defs/Money","title":"Total","description":"The total funding."},"sum_allocations":{"$ref":"#/$defs/Money","title":"Allocations","description":"The sum of the members' allocations."},"management_fee":{"$ref":"#/$defs/Money","title":"Management fee","description":"The management fee."},"contingency":{"$ref":"#/$defs/Money","title":"Contingency","description":"The contingency."},"quorum_seats":{"title":"Quorum","description":"The quorum, in seats.","type":"integer","minimum":0}}},"signatures":{"title":"Signatures","description":"Who signs the addendum, and how.","type":"object","additionalProperties":false,"properties":{"required_from":{"title":"Required from","description":"Who must sign: all parties and any joining member, all parties, or the lead under delegated authority.","type":"string","enum":["all_parties_and_joining_member","all_parties","lead_under_delegated_authority"]},"execution":{"title":"How signed","description":"Whether the addendum is signed in ink, electronically, or either.","type":"string","enum":["wet_ink","electronic","either"]},"signatories":{"title":"Signatories","description":"Who signs for each party.","type":"array","items":{"title":"Signatory","description":"One signatory.","type":"object","additionalProperties":false,"properties":{"member_id":{"$ref":"#/$defs/MemberRef","title":"Member","description":"The party signing."},"name":{"title":"Name","description":"The signatory's name.","type":"string","minLength":1,"maxLength":200},"job_title":{"title":"Job title","description":"The signatory's job title.","type":"string","minLength":1,"maxLength":200},"date":{"$ref":"#/$defs/NullableDate","title":"Date","description":"The date signed, or null before signing."}},"required":["member_id","name","job_title"]}}},"required":["required_from","execution"]}},"$defs":{"Id":{"title":"Id","description":"A short identifier you choose, used to refer to this item elsewhere in the spec: lower-case letters, digits and hyphens, starting with a letter, 2 to 40 characters (for example \"wa-policy\"). Every id in one spec must be different.","type":"string","pattern":"^[a-z][a-z0-9-]{1,39}$"},"MemberRef":{"title":"Member reference","description":"The id of one of the members listed under \"members\" (usually one that is active).","$ref":"#/$defs/Id"},"Token":{"title":"Token","description":"A short code word in lower case with underscores (for example \"due_diligence_passed\"). Known words are shown with a readable label; others are shown with the underscores replaced by spaces.","type":"string","pattern":"^[a-z][a-z0-9_]*$","maxLength":80},"Date":{"title":"Date","description":"A calendar date written as year-month-day, for example 2026-04-01.","type":"string","format":"date","pattern":"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"},"NullableDate":{"title":"Date or none","description":"A calendar date written as year-month-day (for example 2026-04-01), or null when there is no date yet.","anyOf":[{"$ref":"#/$defs/Date"},{"type":"null"}]},"Money":{"title":"Money","description":"An amount in pounds sterling written as text with exactly two decimal places and no commas or pound sign, for example \"81000.00\". Quote it in YAML so it stays exact.","type":"string","pattern":"^(0|[1-9][0-9]*)\\.[0-9]{2}$","x-rule":"R00"},"Percent":{"title":"Percent","description":"A percentage between 0 and 100, written as a number without the % sign.","type":"number","minimum":0,"maximum":100},"Duration":{"title":"Duration","description":"A length of time, such as 10 working days or 3 months.","type":"object","additionalProperties":false,"required":["value","unit"],"properties":{"value":{"title":"Value","description":"How many units, as a whole number (for example 10).","type":"integer","minimum":0},"unit":{"title":"Unit","description":"The unit of time: working days, calendar days, weeks, months or years.","type":"string","enum":["working_days","calendar_days","weeks","months","years"]}}},"ReservedMatter":{"title":"Reserved matter","description":"A kind of decision that needs more than the ordinary agreement of the decision body, such as changing the agreement or admitting a member.","type":"string","enum":["vary_agreement","admit_member","suspend_member","expel_member","change_lead_partner","change_accountable_body","approve_bid_submission","approve_budget","change_allocations","change_management_fee","change_objectives","extend_term","terminate_partnership","appoint_coordinator","approve_public_statement_on_behalf","commit_expenditure_over_limit","license_partnership_ip","distribute_assets"]},"Threshold":{"title":"Decision threshold","description":"How much agreement a decision needs: everyone (unanimity), everyone except the member the decision is about, three quarters, two thirds, or more than half of the votes.","type":"string","enum":["unanimity","unanimity_excluding_affected","three_quarters_majority","two_thirds_majority","simple_majority"]},"Op_admit_member":{"title":"Admit a member","description":"A new party joins by deed of adherence (DOMAIN §2.4, 6a).","type":"object","additionalProperties":false,"properties":{"op":{"title":"Operation","description":"The operation: admit_member.","const":"admit_member"},"member":{"title":"Member","description":"The joining member, written exactly as an entry of \"members\" in the partnership spec (it is checked as one).","type":"object"},"voting_seat":{"title":"Voting seat","description":"Whether the member takes a voting seat on the decision body (true for a key decision maker).","type":"boolean"},"work_area_ids":{"title":"Work areas","description":"The work areas the member contributes to.","type":"array","items":{"$ref":"#/$defs/Id"}},"allocation":{"title":"Allocation","description":"The member's share of the funding, if it receives one.","type":"object","additionalProperties":false,"properties":{"amount":{"$ref":"#/$defs/Money","title":"Amount","description":"The member's total allocation."},"by_period":{"title":"By period","description":"The allocation per funding period (period label → amount).","type":"object","additionalProperties":{"$ref":"#/$defs/Money"}},"basis":{"title":"Basis","description":"How the allocation is paid.","type":"string","enum":["fixed","unit_rate","payment_by_results"]}},"required":["amount"]},"warranties":{"title":"Warranties","description":"What the joining member warrants (for example authority, policies_in_place, insurance_in_place, solvent, has_read_main_contract).","type":"array","items":{"$ref":"#/$defs/Token"}},"liability_for_prior_acts":{"title":"Liability for earlier acts","description":"A joining member is not liable for what the partners did before it joined.","const":"none"},"instrument":{"title":"Instrument","description":"How the member joins: a deed of adherence, or this addendum alone.","type":"string","enum":["deed_of_adherence","addendum"]}},"required":["op","member"]},"Op_withdraw_member":{"title":"Withdraw a member","description":"Withdraw a member (DOMAIN §3.5).","type":"object","additionalProperties":false,"properties":{"op":{"title":"Operation","description":"The operation: withdraw_member.","const":"withdraw_member"},"member_id":{"$ref":"#/$defs/MemberRef","title":"Member","description":"The id of the member to withdraw."},"effective_date":{"$ref":"#/$defs/Date","title":"Effective date","description":"The date this takes effect for this member (defaults to the addendum's effective date)."},"reason":{"title":"Reason","description":"Why, in a sentence, as the addendum will recite it.","type":"string","minLength":1,"maxLength":1000},"obligations":{"title":"Continuing obligations","description":"What the member still owes after the change (for example return_unspent_funds, continue_confidentiality).","type":"array","items":{"$ref":"#/$defs/Token"}},"reallocation":{"title":"Reallocation","description":"Where the member's work and money go.","type":"object","additionalProperties":false,"properties":{"work_area_leads":{"title":"New work-area leads","description":"For each work area this member leads, the member that leads it instead (work area id → member id).","type":"object","additionalProperties":{"$ref":"#/$defs/MemberRef"}},"allocation_to":{"title":"Allocation goes to","description":"The member whose allocation takes this member's allocation, or \"contingency\" to move it to the contingency.","$ref":"#/$defs/Id"}}}},"required":["op","member_id"]},"Op_expel_member":{"title":"Expel a member","description":"Expel a member (DOMAIN §3.5).","type":"object","additionalProperties":false,"properties":{"op":{"title":"Operation","description":"The operation: expel_member.","const":"expel_member"},"member_id":{"$ref":"#/$defs/MemberRef","title":"Member","description":"The id of the member to expel."},"effective_date":{"$ref":"#/$defs/Date","title":"Effective date","description":"The date this takes effect for this member (defaults to the addendum's effective date)."},"reason":{"title":"Reason","description":"Why, in a sentence, as the addendum will recite it.","type":"string","minLength":1,"maxLength":1000},"obligations":{"title":"Continuing obligations","description":"What the member still owes after the change (for example return_unspent_funds, continue_confidentiality).","type":"array","items":{"$ref":"#/$defs/Token"}},"reallocation":{"title":"Reallocation","description":"Where the member's work and money go.","type":"object","additionalProperties":false,"properties":{"work_area_leads":{"title":"New work-area leads","description":"For each work area this member leads, the member that leads it instead (work area id → member id).","type":"object","additionalProperties":{"$ref":"#/$defs/MemberRef"}},"allocation_to":{"title":"Allocation goes to","description":"The member whose allocation takes this member's allocation, or \"contingency\" to move it to the contingency.","$ref":"#/$defs/Id"}}}},"required":["op","member_id"]},"Op_suspend_member":{"title":"Suspend a member","description":"Suspend a member (DOMAIN §3.5).","type":"object","additionalProperties":false,"properties":{"op":{"title":"Operation","description":"The operation: suspend_member.","const":"suspend_member"},"member_id":{"$ref":"#/$defs/MemberRef","title":"Member","description":"The id of the member to suspend."},"effective_date":{"$ref":"#/$defs/Date","title":"Effective date","description":"The date this takes effect for this member (defaults to the addendum's effective date)."},"reason":{"title":"Reason","description":"Why, in a sentence, as the addendum will recite it.","type":"string","minLength":1,"maxLength":1000},"obligations":{"title":"Continuing obligations","description":"What the member still owes after the change (for example return_unspent_funds, continue_confidentiality).","type":"array","items":{"$ref":"#/$defs/Token"}},"reallocation":{"title":"Reallocation","description":"Where the member's work and money go.","type":"object","additionalProperties":false,"properties":{"work_area_leads":{"title":"New work-area leads","description":"For each work area this member leads, the member that leads it instead (work area id → member id).","type":"object","additionalProperties":{"$ref":"#/$defs/MemberRef"}},"allocation_to":{"title":"Allocation goes to","description":"The member whose allocation takes this member's allocation, or \"contingency\" to move it to the contingency.","$ref":"#/$defs/Id"}}}},"required":["op","member_id"]},"Op_reinstate_member":{"title":"Reinstate a member","description":"Reinstate a member (DOMAIN §3.5).","type":"object","additionalProperties":false,"properties":{"op":{"title":"Operation","description":"The operation: reinstate_member.","const":"reinstate_member"},"member_id":{"$ref":"#/$defs/MemberRef","title":"Member","description":"The id of the member to reinstate."},"effective_date":{"$ref":"#/$defs/Date","title":"Effective date","description":"The date this takes effect for this member (defaults to the addendum's effective date)."},"reason":{"title":"Reason","description":"Why, in a sentence, as the addendum will recite it.","type":"string","minLength":1,"maxLength":1000},"obligations":{"title":"Continuing obligations","description":"What the member still owes after the change (for example return_unspent_funds, continue_confidentiality).","type":"array","items":{"$ref":"#/$defs/Token"}},"reallocation":{"title":"Reallocation","description":"Where the member's work and money go.","type":"object","additionalProperties":false,"properties":{"work_area_leads":{"title":"New work-area leads","description":"For each work area this member leads, the member that leads it instead (work area id → member id).","type":"object","additionalProperties":{"$ref":"#/$defs/MemberRef"}},"allocation_to":{"title":"Allocation goes to","description":"The member whose allocation takes this member's allocation, or \"contingency\" to move it to the contingency.","$ref":"#/$defs/Id"}}}},"required":["op","member_id"]},"Op_change_lead_partner":{"title":"Change the lead partner","description":"A new member becomes lead partner (DOMAIN §2.4, 6c).","type":"object","additionalProperties":false,"properties":{"op":{"title":"Operation","description":"The operation: change_lead_partner.","const":"change_lead_partner"},"from_member_id":{"$ref":"#/$defs/MemberRef","title":"From","description":"The current lead partner."},"to_member_id":{"$ref":"#/$defs/MemberRef","title":"To","description":"The member that becomes lead partner."},"roles":{"title":"Roles","description":"The lead-partner roles the new lead holds (defaults to those the old lead held).","type":"array","items":{"type":"string","enum":["convenor","secretariat","external_liaison","accountable_body","champion"]},"minItems":1},"novation_reference":{"title":"Novation reference","description":"The reference of the novation of the main contract or funding agreement to the new lead.","type":"string","minLength":1,"maxLength":200},"transition_period":{"$ref":"#/$defs/Duration","title":"Transition period","description":"How long the handover takes."}},"required":["op","from_member_id","to_member_id"]},"Op_set_allocation":{"title":"Set an allocation","description":"A member's allocation is set to a new amount (DOMAIN §2.4, 6d).","type":"object","additionalProperties":false,"properties":{"op":{"title":"Operation","description":"The operation: set_allocation.","const":"set_allocation"},"member_id":{"$ref":"#/$defs/MemberRef","title":"Member","description":"The member whose allocation changes."},"amount":{"$ref":"#/$defs/Money","title":"Amount","description":"The new total allocation."},"by_period":{"title":"By period","description":"The new allocation per funding period (period label → amount).","type":"object","additionalProperties":{"$ref":"#/$defs/Money"}},"work_area_ids":{"title":"Work areas","description":"The work areas the allocation pays for (for a member that had none).","type":"array","items":{"$ref":"#/$defs/Id"}}},"required":["op","member_id","amount"]},"Op_set_contingency":{"title":"Set the contingency","description":"The contingency is set to a new amount.","type":"object","additionalProperties":false,"properties":{"op":{"title":"Operation","description":"The operation: set_contingency.","const":"set_contingency"},"amount":{"$ref":"#/$defs/Money","title":"Amount","description":"The new contingency."},"by_period":{"title":"By period","description":"The new contingency per funding period.","type":"object","additionalProperties":{"$ref":"#/$defs/Money"}}},"required":["op","amount"]},"Op_set_management_fee":{"title":"Set the management fee","description":"The management fee is set to a new amount or rate.","type":"object","additionalProperties":false,"properties":{"op":{"title":"Operation","description":"The operation: set_management_fee.","const":"set_management_fee"},"amount":{"$ref":"#/$defs/Money","title":"Amount","description":"The new fee."},"rate_percent":{"$ref":"#/$defs/Percent","title":"Rate","description":"The new rate, for a percentage fee."},"by_period":{"title":"By period","description":"The new fee per funding period.","type":"object","additionalProperties":{"$ref":"#/$defs/Money"}}},"required":["op","amount"]},"Op_set_total_amount":{"title":"Set the total funding","description":"The total funding and, optionally, one funder's amount and the periods change (for a funder's increase or cut).","type":"object","additionalProperties":false,"properties":{"op":{"title":"Operation","description":"The operation: set_total_amount.","const":"set_total_amount"},"amount":{"$ref":"#/$defs/Money","title":"Amount","description":"The new total."},"funder_amounts":{"title":"Funder amounts","description":"The new amount of each funder whose amount changes (funder id → amount).","type":"object","additionalProperties":{"$ref":"#/$defs/Money"}},"period_amounts":{"title":"Period amounts","description":"The new amount of each funding period that changes (period label → amount).","type":"object","additionalProperties":{"$ref":"#/$defs/Money"}}},"required":["op","amount"]},"Op_set_kpi_target":{"title":"Set a KPI target","description":"A KPI's target changes.","type":"object","additionalProperties":false,"properties":{"op":{"title":"Operation","description":"The operation: set_kpi_target.","const":"set_kpi_target"},"kpi_id":{"$ref":"#/$defs/Id","title":"KPI","description":"The id of the KPI."},"target":{"title":"Target","description":"The new target.","type":"number","minimum":0}},"required":["op","kpi_id","target"]},"Op_set_member_target":{"title":"Set member targets","description":"The members' shares of a KPI's target change.","type":"object","additionalProperties":false,"properties":{"op":{"title":"Operation","description":"The operation: set_member_target.","const":"set_member_target"},"kpi_id":{"$ref":"#/$defs/Id","title":"KPI","description":"The id of the KPI."},"targets":{"title":"Targets","description":"Each member's target (member id → number).","type":"object","additionalProperties":{"type":"number","minimum":0}}},"required":["op","kpi_id","targets"]},"Op_extend_term":{"title":"Extend the term","description":"The agreement's end date changes (DOMAIN §2.4, 6e).","type":"object","additionalProperties":false,"properties":{"op":{"title":"Operation","description":"The operation: extend_term.","const":"extend_term"},"new_end_date":{"$ref":"#/$defs/Date","title":"New end date","description":"The date the agreement now ends."},"mechanism":{"title":"Mechanism","description":"Why the term can change: the funder extended the main contract, or the partners agreed.","type":"string","enum":["funder_extension_of_main_contract","mutual_agreement"]}},"required":["op","new_end_date"]},"Op_replace_clause":{"title":"Replace a clause","description":"A clause of the agreement reads as this text instead (DOMAIN §2.4, 6f).","type":"object","additionalProperties":false,"properties":{"op":{"title":"Operation","description":"The operation: replace_clause.","const":"replace_clause"},"clause_key":{"title":"Clause","description":"The id of the clause replaced (`partnership explain` and the templates name them).","type":"string","minLength":1,"maxLength":100},"id":{"$ref":"#/$defs/Id","title":"New clause id","description":"An id for the replacing clause (defaults to \"amended-\" and the clause id)."},"title":{"title":"Heading","description":"The replacing clause's heading.","type":"string","minLength":1,"maxLength":200},"text":{"title":"Text","description":"The clause as it now reads, printed exactly as written.","type":"string","minLength":1,"maxLength":10000}},"required":["op","clause_key","text"]},"Op_set":{"title":"Set a field","description":"Sets the value at a path (generic; typed operations say more and are preferred).","type":"object","additionalProperties":false,"properties":{"op":{"title":"Operation","description":"The operation: set.","const":"set"},"path":{"title":"Path","description":"Where, as a JSON Pointer; list items are addressed by their id where they have one (\"/work_areas/wa-policy/name\").","type":"string","pattern":"^/"},"value":{"title":"Value","description":"The new value."}},"required":["op","path","value"]},"Op_unset":{"title":"Remove a field","description":"Removes the field at a path (generic).","type":"object","additionalProperties":false,"properties":{"op":{"title":"Operation","description":"The operation: unset.","const":"unset"},"path":{"title":"Path","description":"Where, as a JSON Pointer; list items are addressed by their id where they have one.","type":"string","pattern":"^/"}},"required":["op","path"]},"Op_add_to_list":{"title":"Add to a list","description":"Appends a value to the list at a path (generic).","type":"object","additionalProperties":false,"properties":{"op":{"title":"Operation","description":"The operation: add_to_list.","const":"add_to_list"},"path":{"title":"Path","description":"The list, as a JSON Pointer; list items are addressed by their id where they have one.","type":"string","pattern":"^/"},"value":{"title":"Value","description":"The item to add."}},"required":["op","path","value"]},"Op_remove_from_list":{"title":"Remove from a list","description":"Removes an item from the list at a path (generic): the item with that id, or equal to that value.","type":"object","additionalProperties":false,"properties":{"op":{"title":"Operation","description":"The operation: remove_from_list.","const":"remove_from_list"},"path":{"title":"Path","description":"The list, as a JSON Pointer; list items are addressed by their id where they have one.","type":"string","pattern":"^/"},"value":{"title":"Value","description":"The id of the item to remove, or the item itself."}},"required":["op","path","value"]}}};
const schema34 = {"title":"Id","description":"A short identifier you choose, used to refer to this item elsewhere in the spec: lower-case letters, digits and hyphens, starting with a letter, 2 to 40 characters (for example \"wa-policy\"). Every id in one spec must be different.","type":"string","pattern":"^[a-z][a-z0-9-]{1,39}$"};
const schema36 = {"title":"Date","description":"A calendar date written as year-month-day, for example 2026-04-01.","type":"string","format":"date","pattern":"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"};
const schema43 = {"title":"Reserved matter","description":"A kind of decision that needs more than the ordinary agreement of the decision body, such as changing the agreement or admitting a member.","type":"string","enum":["vary_agreement","admit_member","suspend_member","expel_member","change_lead_partner","change_accountable_body","approve_bid_submission","approve_budget","change_allocations","change_management_fee","change_objectives","extend_term","terminate_partnership","appoint_coordinator","approve_public_statement_on_behalf","commit_expenditure_over_limit","license_partnership_ip","distribute_assets"]};
const schema44 = {"title":"Decision threshold","description":"How much agreement a decision needs: everyone (unanimity), everyone except the member the decision is about, three quarters, two thirds, or more than half of the votes.","type":"string","enum":["unanimity","unanimity_excluding_affected","three_quarters_majority","two_thirds_majority","simple_majority"]};
const schema104 = {"title":"Set a field","description":"Sets the value at a path (generic; typed operations say more and are preferred).","type":"object","additionalProperties":false,"properties":{"op":{"title":"Operation","description":"The operation: set.","const":"set"},"path":{"title":"Path","description":"Where, as a JSON Pointer; list items are addressed by their id where they have one (\"/work_areas/wa-policy/name\").","type":"string","pattern":"^/"},"value":{"title":"Value","description":"The new value."}},"required":["op","path","value"]};
const schema105 = {"title":"Remove a field","description":"Removes the field at a path (generic).","type":"object","additionalProperties":false,"properties":{"op":{"title":"Operation","description":"The operation: unset.","const":"unset"},"path":{"title":"Path","description":"Where, as a JSON Pointer; list items are addressed by their id where they have one.","type":"string","pattern":"^/"}},"required":["op","path"]};
const schema106 = {"title":"Add to a list","description":"Appends a value to the list at a path (generic).","type":"object","additionalProperties":false,"properties":{"op":{"title":"Operation","description":"The operation: add_to_list.","const":"add_to_list"},"path":{"title":"Path","description":"The list, as a JSON Pointer; list items are addressed by their id where they have one.","type":"string","pattern":"^/"},"value":{"title":"Value","description":"The item to add."}},"required":["op","path","value"]};
const schema107 = {"title":"Remove from a list","description":"Removes an item from the list at a path (generic): the item with that id, or equal to that value.","type":"object","additionalProperties":false,"properties":{"op":{"title":"Operation","description":"The operation: remove_from_list.","const":"remove_from_list"},"path":{"title":"Path","description":"The list, as a JSON Pointer; list items are addressed by their id where they have one.","type":"string","pattern":"^/"},"value":{"title":"Value","description":"The id of the item to remove, or the item itself."}},"required":["op","path","value"]};
const schema49 = {"title":"Money","description":"An amount in pounds sterling written as text with exactly two decimal places and no commas or pound sign, for example \"81000.00\". Quote it in YAML so it stays exact.","type":"string","pattern":"^(0|[1-9][0-9]*)\\.[0-9]{2}$","x-rule":"R00"};
const func1 = Object.prototype.hasOwnProperty;
const func2 = require("ajv/dist/runtime/ucs2length").default;
const pattern5 = new RegExp("^[a-z][a-z0-9-]{1,39}$", "u");
const pattern7 = new RegExp("^[0-9]{4}-[0-9]{2}-[0-9]{2}$", "u");
const pattern9 = new RegExp("^[0-9]+\\.[0-9]+\\.[0-9]+$", "u");
const pattern59 = new RegExp("^/", "u");
const pattern19 = new RegExp("^(0|[1-9][0-9]*)\\.[0-9]{2}$", "u");
const formats0 = require("ajv-formats/dist/formats").fullFormats.date;
const schema47 = {"title":"Admit a member","description":"A new party joins by deed of adherence (DOMAIN §2.4, 6a).","type":"object","additionalProperties":false,"properties":{"op":{"title":"Operation","description":"The operation: admit_member.","const":"admit_member"},"member":{"title":"Member","description":"The joining member, written exactly as an entry of \"members\" in the partnership spec (it is checked as one).","type":"object"},"voting_seat":{"title":"Voting seat","description":"Whether the member takes a voting seat on the decision body (true for a key decision maker).","type":"boolean"},"work_area_ids":{"title":"Work areas","description":"The work areas the member contributes to.","type":"array","items":{"$ref":"#/$defs/Id"}},"allocation":{"title":"Allocation","description":"The member's share of the funding, if it receives one.","type":"object","additionalProperties":false,"properties":{"amount":{"$ref":"#/$defs/Money","title":"Amount","description":"The member's total allocation."},"by_period":{"title":"By period","description":"The allocation per funding period (period label → amount).","type":"object","additionalProperties":{"$ref":"#/$defs/Money"}},"basis":{"title":"Basis","description":"How the allocation is paid.","type":"string","enum":["fixed","unit_rate","payment_by_results"]}},"required":["amount"]},"warranties":{"title":"Warranties","description":"What the joining member warrants (for example authority, policies_in_place, insurance_in_place, solvent, has_read_main_contract).","type":"array","items":{"$ref":"#/$defs/Token"}},"liability_for_prior_acts":{"title":"Liability for earlier acts","description":"A joining member is not liable for what the partners did before it joined.","const":"none"},"instrument":{"title":"Instrument","description":"How the member joins: a deed of adherence, or this addendum alone.","type":"string","enum":["deed_of_adherence","addendum"]}},"required":["op","member"]};
const schema51 = {"title":"Token","description":"A short code word in lower case with underscores (for example \"due_diligence_passed\"). Known words are shown with a readable label; others are shown with the underscores replaced by spaces.","type":"string","pattern":"^[a-z][a-z0-9_]*$","maxLength":80};
const pattern21 = new RegExp("^[a-z][a-z0-9_]*$", "u");

function validate23(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate23.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.op === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "op"},message:"must have required property '"+"op"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.member === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "member"},message:"must have required property '"+"member"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((((((((key0 === "op") || (key0 === "member")) || (key0 === "voting_seat")) || (key0 === "work_area_ids")) || (key0 === "allocation")) || (key0 === "warranties")) || (key0 === "liability_for_prior_acts")) || (key0 === "instrument"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.op !== undefined){
if("admit_member" !== data.op){
const err3 = {instancePath:instancePath+"/op",schemaPath:"#/properties/op/const",keyword:"const",params:{allowedValue: "admit_member"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.member !== undefined){
let data1 = data.member;
if(!(data1 && typeof data1 == "object" && !Array.isArray(data1))){
const err4 = {instancePath:instancePath+"/member",schemaPath:"#/properties/member/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.voting_seat !== undefined){
if(typeof data.voting_seat !== "boolean"){
const err5 = {instancePath:instancePath+"/voting_seat",schemaPath:"#/properties/voting_seat/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.work_area_ids !== undefined){
let data3 = data.work_area_ids;
if(Array.isArray(data3)){
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
let data4 = data3[i0];
if(typeof data4 === "string"){
if(!pattern5.test(data4)){
const err6 = {instancePath:instancePath+"/work_area_ids/" + i0,schemaPath:"#/$defs/Id/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9-]{1,39}$"},message:"must match pattern \""+"^[a-z][a-z0-9-]{1,39}$"+"\""};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/work_area_ids/" + i0,schemaPath:"#/$defs/Id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
else {
const err8 = {instancePath:instancePath+"/work_area_ids",schemaPath:"#/properties/work_area_ids/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.allocation !== undefined){
let data5 = data.allocation;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
if(data5.amount === undefined){
const err9 = {instancePath:instancePath+"/allocation",schemaPath:"#/properties/allocation/required",keyword:"required",params:{missingProperty: "amount"},message:"must have required property '"+"amount"+"'"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
for(const key1 in data5){
if(!(((key1 === "amount") || (key1 === "by_period")) || (key1 === "basis"))){
const err10 = {instancePath:instancePath+"/allocation",schemaPath:"#/properties/allocation/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data5.amount !== undefined){
let data6 = data5.amount;
if(typeof data6 === "string"){
if(!pattern19.test(data6)){
const err11 = {instancePath:instancePath+"/allocation/amount",schemaPath:"#/$defs/Money/pattern",keyword:"pattern",params:{pattern: "^(0|[1-9][0-9]*)\\.[0-9]{2}$"},message:"must match pattern \""+"^(0|[1-9][0-9]*)\\.[0-9]{2}$"+"\""};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/allocation/amount",schemaPath:"#/$defs/Money/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data5.by_period !== undefined){
let data7 = data5.by_period;
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
for(const key2 in data7){
let data8 = data7[key2];
if(typeof data8 === "string"){
if(!pattern19.test(data8)){
const err13 = {instancePath:instancePath+"/allocation/by_period/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/Money/pattern",keyword:"pattern",params:{pattern: "^(0|[1-9][0-9]*)\\.[0-9]{2}$"},message:"must match pattern \""+"^(0|[1-9][0-9]*)\\.[0-9]{2}$"+"\""};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
else {
const err14 = {instancePath:instancePath+"/allocation/by_period/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/Money/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
else {
const err15 = {instancePath:instancePath+"/allocation/by_period",schemaPath:"#/properties/allocation/properties/by_period/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data5.basis !== undefined){
let data9 = data5.basis;
if(typeof data9 !== "string"){
const err16 = {instancePath:instancePath+"/allocation/basis",schemaPath:"#/properties/allocation/properties/basis/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(!(((data9 === "fixed") || (data9 === "unit_rate")) || (data9 === "payment_by_results"))){
const err17 = {instancePath:instancePath+"/allocation/basis",schemaPath:"#/properties/allocation/properties/basis/enum",keyword:"enum",params:{allowedValues: schema47.properties.allocation.properties.basis.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
}
else {
const err18 = {instancePath:instancePath+"/allocation",schemaPath:"#/properties/allocation/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.warranties !== undefined){
let data10 = data.warranties;
if(Array.isArray(data10)){
const len1 = data10.length;
for(let i1=0; i1<len1; i1++){
let data11 = data10[i1];
if(typeof data11 === "string"){
if(func2(data11) > 80){
const err19 = {instancePath:instancePath+"/warranties/" + i1,schemaPath:"#/$defs/Token/maxLength",keyword:"maxLength",params:{limit: 80},message:"must NOT have more than 80 characters"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(!pattern21.test(data11)){
const err20 = {instancePath:instancePath+"/warranties/" + i1,schemaPath:"#/$defs/Token/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9_]*$"},message:"must match pattern \""+"^[a-z][a-z0-9_]*$"+"\""};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
else {
const err21 = {instancePath:instancePath+"/warranties/" + i1,schemaPath:"#/$defs/Token/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
}
else {
const err22 = {instancePath:instancePath+"/warranties",schemaPath:"#/properties/warranties/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data.liability_for_prior_acts !== undefined){
if("none" !== data.liability_for_prior_acts){
const err23 = {instancePath:instancePath+"/liability_for_prior_acts",schemaPath:"#/properties/liability_for_prior_acts/const",keyword:"const",params:{allowedValue: "none"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data.instrument !== undefined){
let data13 = data.instrument;
if(typeof data13 !== "string"){
const err24 = {instancePath:instancePath+"/instrument",schemaPath:"#/properties/instrument/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if(!((data13 === "deed_of_adherence") || (data13 === "addendum"))){
const err25 = {instancePath:instancePath+"/instrument",schemaPath:"#/properties/instrument/enum",keyword:"enum",params:{allowedValues: schema47.properties.instrument.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
}
else {
const err26 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
validate23.errors = vErrors;
return errors === 0;
}
validate23.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema52 = {"title":"Withdraw a member","description":"Withdraw a member (DOMAIN §3.5).","type":"object","additionalProperties":false,"properties":{"op":{"title":"Operation","description":"The operation: withdraw_member.","const":"withdraw_member"},"member_id":{"$ref":"#/$defs/MemberRef","title":"Member","description":"The id of the member to withdraw."},"effective_date":{"$ref":"#/$defs/Date","title":"Effective date","description":"The date this takes effect for this member (defaults to the addendum's effective date)."},"reason":{"title":"Reason","description":"Why, in a sentence, as the addendum will recite it.","type":"string","minLength":1,"maxLength":1000},"obligations":{"title":"Continuing obligations","description":"What the member still owes after the change (for example return_unspent_funds, continue_confidentiality).","type":"array","items":{"$ref":"#/$defs/Token"}},"reallocation":{"title":"Reallocation","description":"Where the member's work and money go.","type":"object","additionalProperties":false,"properties":{"work_area_leads":{"title":"New work-area leads","description":"For each work area this member leads, the member that leads it instead (work area id → member id).","type":"object","additionalProperties":{"$ref":"#/$defs/MemberRef"}},"allocation_to":{"title":"Allocation goes to","description":"The member whose allocation takes this member's allocation, or \"contingency\" to move it to the contingency.","$ref":"#/$defs/Id"}}}},"required":["op","member_id"]};

function validate25(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate25.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.op === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "op"},message:"must have required property '"+"op"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.member_id === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "member_id"},message:"must have required property '"+"member_id"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((((((key0 === "op") || (key0 === "member_id")) || (key0 === "effective_date")) || (key0 === "reason")) || (key0 === "obligations")) || (key0 === "reallocation"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.op !== undefined){
if("withdraw_member" !== data.op){
const err3 = {instancePath:instancePath+"/op",schemaPath:"#/properties/op/const",keyword:"const",params:{allowedValue: "withdraw_member"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.member_id !== undefined){
let data1 = data.member_id;
if(typeof data1 === "string"){
if(!pattern5.test(data1)){
const err4 = {instancePath:instancePath+"/member_id",schemaPath:"#/$defs/MemberRef/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9-]{1,39}$"},message:"must match pattern \""+"^[a-z][a-z0-9-]{1,39}$"+"\""};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/member_id",schemaPath:"#/$defs/MemberRef/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.effective_date !== undefined){
let data2 = data.effective_date;
if(typeof data2 === "string"){
if(!pattern7.test(data2)){
const err6 = {instancePath:instancePath+"/effective_date",schemaPath:"#/$defs/Date/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"},message:"must match pattern \""+"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"+"\""};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(!(formats0.validate(data2))){
const err7 = {instancePath:instancePath+"/effective_date",schemaPath:"#/$defs/Date/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\""};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/effective_date",schemaPath:"#/$defs/Date/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.reason !== undefined){
let data3 = data.reason;
if(typeof data3 === "string"){
if(func2(data3) > 1000){
const err9 = {instancePath:instancePath+"/reason",schemaPath:"#/properties/reason/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(func2(data3) < 1){
const err10 = {instancePath:instancePath+"/reason",schemaPath:"#/properties/reason/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/reason",schemaPath:"#/properties/reason/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.obligations !== undefined){
let data4 = data.obligations;
if(Array.isArray(data4)){
const len0 = data4.length;
for(let i0=0; i0<len0; i0++){
let data5 = data4[i0];
if(typeof data5 === "string"){
if(func2(data5) > 80){
const err12 = {instancePath:instancePath+"/obligations/" + i0,schemaPath:"#/$defs/Token/maxLength",keyword:"maxLength",params:{limit: 80},message:"must NOT have more than 80 characters"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(!pattern21.test(data5)){
const err13 = {instancePath:instancePath+"/obligations/" + i0,schemaPath:"#/$defs/Token/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9_]*$"},message:"must match pattern \""+"^[a-z][a-z0-9_]*$"+"\""};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
else {
const err14 = {instancePath:instancePath+"/obligations/" + i0,schemaPath:"#/$defs/Token/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
else {
const err15 = {instancePath:instancePath+"/obligations",schemaPath:"#/properties/obligations/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.reallocation !== undefined){
let data6 = data.reallocation;
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
for(const key1 in data6){
if(!((key1 === "work_area_leads") || (key1 === "allocation_to"))){
const err16 = {instancePath:instancePath+"/reallocation",schemaPath:"#/properties/reallocation/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data6.work_area_leads !== undefined){
let data7 = data6.work_area_leads;
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
for(const key2 in data7){
let data8 = data7[key2];
if(typeof data8 === "string"){
if(!pattern5.test(data8)){
const err17 = {instancePath:instancePath+"/reallocation/work_area_leads/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/MemberRef/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9-]{1,39}$"},message:"must match pattern \""+"^[a-z][a-z0-9-]{1,39}$"+"\""};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
else {
const err18 = {instancePath:instancePath+"/reallocation/work_area_leads/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/MemberRef/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
}
else {
const err19 = {instancePath:instancePath+"/reallocation/work_area_leads",schemaPath:"#/properties/reallocation/properties/work_area_leads/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data6.allocation_to !== undefined){
let data9 = data6.allocation_to;
if(typeof data9 === "string"){
if(!pattern5.test(data9)){
const err20 = {instancePath:instancePath+"/reallocation/allocation_to",schemaPath:"#/$defs/Id/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9-]{1,39}$"},message:"must match pattern \""+"^[a-z][a-z0-9-]{1,39}$"+"\""};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
else {
const err21 = {instancePath:instancePath+"/reallocation/allocation_to",schemaPath:"#/$defs/Id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
}
else {
const err22 = {instancePath:instancePath+"/reallocation",schemaPath:"#/properties/reallocation/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
}
else {
const err23 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
validate25.errors = vErrors;
return errors === 0;
}
validate25.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema58 = {"title":"Expel a member","description":"Expel a member (DOMAIN §3.5).","type":"object","additionalProperties":false,"properties":{"op":{"title":"Operation","description":"The operation: expel_member.","const":"expel_member"},"member_id":{"$ref":"#/$defs/MemberRef","title":"Member","description":"The id of the member to expel."},"effective_date":{"$ref":"#/$defs/Date","title":"Effective date","description":"The date this takes effect for this member (defaults to the addendum's effective date)."},"reason":{"title":"Reason","description":"Why, in a sentence, as the addendum will recite it.","type":"string","minLength":1,"maxLength":1000},"obligations":{"title":"Continuing obligations","description":"What the member still owes after the change (for example return_unspent_funds, continue_confidentiality).","type":"array","items":{"$ref":"#/$defs/Token"}},"reallocation":{"title":"Reallocation","description":"Where the member's work and money go.","type":"object","additionalProperties":false,"properties":{"work_area_leads":{"title":"New work-area leads","description":"For each work area this member leads, the member that leads it instead (work area id → member id).","type":"object","additionalProperties":{"$ref":"#/$defs/MemberRef"}},"allocation_to":{"title":"Allocation goes to","description":"The member whose allocation takes this member's allocation, or \"contingency\" to move it to the contingency.","$ref":"#/$defs/Id"}}}},"required":["op","member_id"]};

function validate27(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate27.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.op === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "op"},message:"must have required property '"+"op"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.member_id === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "member_id"},message:"must have required property '"+"member_id"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((((((key0 === "op") || (key0 === "member_id")) || (key0 === "effective_date")) || (key0 === "reason")) || (key0 === "obligations")) || (key0 === "reallocation"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.op !== undefined){
if("expel_member" !== data.op){
const err3 = {instancePath:instancePath+"/op",schemaPath:"#/properties/op/const",keyword:"const",params:{allowedValue: "expel_member"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.member_id !== undefined){
let data1 = data.member_id;
if(typeof data1 === "string"){
if(!pattern5.test(data1)){
const err4 = {instancePath:instancePath+"/member_id",schemaPath:"#/$defs/MemberRef/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9-]{1,39}$"},message:"must match pattern \""+"^[a-z][a-z0-9-]{1,39}$"+"\""};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/member_id",schemaPath:"#/$defs/MemberRef/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.effective_date !== undefined){
let data2 = data.effective_date;
if(typeof data2 === "string"){
if(!pattern7.test(data2)){
const err6 = {instancePath:instancePath+"/effective_date",schemaPath:"#/$defs/Date/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"},message:"must match pattern \""+"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"+"\""};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(!(formats0.validate(data2))){
const err7 = {instancePath:instancePath+"/effective_date",schemaPath:"#/$defs/Date/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\""};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/effective_date",schemaPath:"#/$defs/Date/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.reason !== undefined){
let data3 = data.reason;
if(typeof data3 === "string"){
if(func2(data3) > 1000){
const err9 = {instancePath:instancePath+"/reason",schemaPath:"#/properties/reason/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(func2(data3) < 1){
const err10 = {instancePath:instancePath+"/reason",schemaPath:"#/properties/reason/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/reason",schemaPath:"#/properties/reason/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.obligations !== undefined){
let data4 = data.obligations;
if(Array.isArray(data4)){
const len0 = data4.length;
for(let i0=0; i0<len0; i0++){
let data5 = data4[i0];
if(typeof data5 === "string"){
if(func2(data5) > 80){
const err12 = {instancePath:instancePath+"/obligations/" + i0,schemaPath:"#/$defs/Token/maxLength",keyword:"maxLength",params:{limit: 80},message:"must NOT have more than 80 characters"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(!pattern21.test(data5)){
const err13 = {instancePath:instancePath+"/obligations/" + i0,schemaPath:"#/$defs/Token/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9_]*$"},message:"must match pattern \""+"^[a-z][a-z0-9_]*$"+"\""};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
else {
const err14 = {instancePath:instancePath+"/obligations/" + i0,schemaPath:"#/$defs/Token/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
else {
const err15 = {instancePath:instancePath+"/obligations",schemaPath:"#/properties/obligations/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.reallocation !== undefined){
let data6 = data.reallocation;
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
for(const key1 in data6){
if(!((key1 === "work_area_leads") || (key1 === "allocation_to"))){
const err16 = {instancePath:instancePath+"/reallocation",schemaPath:"#/properties/reallocation/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data6.work_area_leads !== undefined){
let data7 = data6.work_area_leads;
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
for(const key2 in data7){
let data8 = data7[key2];
if(typeof data8 === "string"){
if(!pattern5.test(data8)){
const err17 = {instancePath:instancePath+"/reallocation/work_area_leads/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/MemberRef/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9-]{1,39}$"},message:"must match pattern \""+"^[a-z][a-z0-9-]{1,39}$"+"\""};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
else {
const err18 = {instancePath:instancePath+"/reallocation/work_area_leads/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/MemberRef/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
}
else {
const err19 = {instancePath:instancePath+"/reallocation/work_area_leads",schemaPath:"#/properties/reallocation/properties/work_area_leads/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data6.allocation_to !== undefined){
let data9 = data6.allocation_to;
if(typeof data9 === "string"){
if(!pattern5.test(data9)){
const err20 = {instancePath:instancePath+"/reallocation/allocation_to",schemaPath:"#/$defs/Id/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9-]{1,39}$"},message:"must match pattern \""+"^[a-z][a-z0-9-]{1,39}$"+"\""};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
else {
const err21 = {instancePath:instancePath+"/reallocation/allocation_to",schemaPath:"#/$defs/Id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
}
else {
const err22 = {instancePath:instancePath+"/reallocation",schemaPath:"#/properties/reallocation/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
}
else {
const err23 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
validate27.errors = vErrors;
return errors === 0;
}
validate27.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema64 = {"title":"Suspend a member","description":"Suspend a member (DOMAIN §3.5).","type":"object","additionalProperties":false,"properties":{"op":{"title":"Operation","description":"The operation: suspend_member.","const":"suspend_member"},"member_id":{"$ref":"#/$defs/MemberRef","title":"Member","description":"The id of the member to suspend."},"effective_date":{"$ref":"#/$defs/Date","title":"Effective date","description":"The date this takes effect for this member (defaults to the addendum's effective date)."},"reason":{"title":"Reason","description":"Why, in a sentence, as the addendum will recite it.","type":"string","minLength":1,"maxLength":1000},"obligations":{"title":"Continuing obligations","description":"What the member still owes after the change (for example return_unspent_funds, continue_confidentiality).","type":"array","items":{"$ref":"#/$defs/Token"}},"reallocation":{"title":"Reallocation","description":"Where the member's work and money go.","type":"object","additionalProperties":false,"properties":{"work_area_leads":{"title":"New work-area leads","description":"For each work area this member leads, the member that leads it instead (work area id → member id).","type":"object","additionalProperties":{"$ref":"#/$defs/MemberRef"}},"allocation_to":{"title":"Allocation goes to","description":"The member whose allocation takes this member's allocation, or \"contingency\" to move it to the contingency.","$ref":"#/$defs/Id"}}}},"required":["op","member_id"]};

function validate29(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate29.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.op === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "op"},message:"must have required property '"+"op"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.member_id === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "member_id"},message:"must have required property '"+"member_id"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((((((key0 === "op") || (key0 === "member_id")) || (key0 === "effective_date")) || (key0 === "reason")) || (key0 === "obligations")) || (key0 === "reallocation"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.op !== undefined){
if("suspend_member" !== data.op){
const err3 = {instancePath:instancePath+"/op",schemaPath:"#/properties/op/const",keyword:"const",params:{allowedValue: "suspend_member"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.member_id !== undefined){
let data1 = data.member_id;
if(typeof data1 === "string"){
if(!pattern5.test(data1)){
const err4 = {instancePath:instancePath+"/member_id",schemaPath:"#/$defs/MemberRef/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9-]{1,39}$"},message:"must match pattern \""+"^[a-z][a-z0-9-]{1,39}$"+"\""};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/member_id",schemaPath:"#/$defs/MemberRef/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.effective_date !== undefined){
let data2 = data.effective_date;
if(typeof data2 === "string"){
if(!pattern7.test(data2)){
const err6 = {instancePath:instancePath+"/effective_date",schemaPath:"#/$defs/Date/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"},message:"must match pattern \""+"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"+"\""};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(!(formats0.validate(data2))){
const err7 = {instancePath:instancePath+"/effective_date",schemaPath:"#/$defs/Date/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\""};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/effective_date",schemaPath:"#/$defs/Date/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.reason !== undefined){
let data3 = data.reason;
if(typeof data3 === "string"){
if(func2(data3) > 1000){
const err9 = {instancePath:instancePath+"/reason",schemaPath:"#/properties/reason/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(func2(data3) < 1){
const err10 = {instancePath:instancePath+"/reason",schemaPath:"#/properties/reason/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/reason",schemaPath:"#/properties/reason/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.obligations !== undefined){
let data4 = data.obligations;
if(Array.isArray(data4)){
const len0 = data4.length;
for(let i0=0; i0<len0; i0++){
let data5 = data4[i0];
if(typeof data5 === "string"){
if(func2(data5) > 80){
const err12 = {instancePath:instancePath+"/obligations/" + i0,schemaPath:"#/$defs/Token/maxLength",keyword:"maxLength",params:{limit: 80},message:"must NOT have more than 80 characters"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(!pattern21.test(data5)){
const err13 = {instancePath:instancePath+"/obligations/" + i0,schemaPath:"#/$defs/Token/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9_]*$"},message:"must match pattern \""+"^[a-z][a-z0-9_]*$"+"\""};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
else {
const err14 = {instancePath:instancePath+"/obligations/" + i0,schemaPath:"#/$defs/Token/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
else {
const err15 = {instancePath:instancePath+"/obligations",schemaPath:"#/properties/obligations/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.reallocation !== undefined){
let data6 = data.reallocation;
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
for(const key1 in data6){
if(!((key1 === "work_area_leads") || (key1 === "allocation_to"))){
const err16 = {instancePath:instancePath+"/reallocation",schemaPath:"#/properties/reallocation/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data6.work_area_leads !== undefined){
let data7 = data6.work_area_leads;
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
for(const key2 in data7){
let data8 = data7[key2];
if(typeof data8 === "string"){
if(!pattern5.test(data8)){
const err17 = {instancePath:instancePath+"/reallocation/work_area_leads/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/MemberRef/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9-]{1,39}$"},message:"must match pattern \""+"^[a-z][a-z0-9-]{1,39}$"+"\""};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
else {
const err18 = {instancePath:instancePath+"/reallocation/work_area_leads/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/MemberRef/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
}
else {
const err19 = {instancePath:instancePath+"/reallocation/work_area_leads",schemaPath:"#/properties/reallocation/properties/work_area_leads/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data6.allocation_to !== undefined){
let data9 = data6.allocation_to;
if(typeof data9 === "string"){
if(!pattern5.test(data9)){
const err20 = {instancePath:instancePath+"/reallocation/allocation_to",schemaPath:"#/$defs/Id/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9-]{1,39}$"},message:"must match pattern \""+"^[a-z][a-z0-9-]{1,39}$"+"\""};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
else {
const err21 = {instancePath:instancePath+"/reallocation/allocation_to",schemaPath:"#/$defs/Id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
}
else {
const err22 = {instancePath:instancePath+"/reallocation",schemaPath:"#/properties/reallocation/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
}
else {
const err23 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
validate29.errors = vErrors;
return errors === 0;
}
validate29.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema70 = {"title":"Reinstate a member","description":"Reinstate a member (DOMAIN §3.5).","type":"object","additionalProperties":false,"properties":{"op":{"title":"Operation","description":"The operation: reinstate_member.","const":"reinstate_member"},"member_id":{"$ref":"#/$defs/MemberRef","title":"Member","description":"The id of the member to reinstate."},"effective_date":{"$ref":"#/$defs/Date","title":"Effective date","description":"The date this takes effect for this member (defaults to the addendum's effective date)."},"reason":{"title":"Reason","description":"Why, in a sentence, as the addendum will recite it.","type":"string","minLength":1,"maxLength":1000},"obligations":{"title":"Continuing obligations","description":"What the member still owes after the change (for example return_unspent_funds, continue_confidentiality).","type":"array","items":{"$ref":"#/$defs/Token"}},"reallocation":{"title":"Reallocation","description":"Where the member's work and money go.","type":"object","additionalProperties":false,"properties":{"work_area_leads":{"title":"New work-area leads","description":"For each work area this member leads, the member that leads it instead (work area id → member id).","type":"object","additionalProperties":{"$ref":"#/$defs/MemberRef"}},"allocation_to":{"title":"Allocation goes to","description":"The member whose allocation takes this member's allocation, or \"contingency\" to move it to the contingency.","$ref":"#/$defs/Id"}}}},"required":["op","member_id"]};

function validate31(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate31.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.op === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "op"},message:"must have required property '"+"op"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.member_id === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "member_id"},message:"must have required property '"+"member_id"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((((((key0 === "op") || (key0 === "member_id")) || (key0 === "effective_date")) || (key0 === "reason")) || (key0 === "obligations")) || (key0 === "reallocation"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.op !== undefined){
if("reinstate_member" !== data.op){
const err3 = {instancePath:instancePath+"/op",schemaPath:"#/properties/op/const",keyword:"const",params:{allowedValue: "reinstate_member"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.member_id !== undefined){
let data1 = data.member_id;
if(typeof data1 === "string"){
if(!pattern5.test(data1)){
const err4 = {instancePath:instancePath+"/member_id",schemaPath:"#/$defs/MemberRef/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9-]{1,39}$"},message:"must match pattern \""+"^[a-z][a-z0-9-]{1,39}$"+"\""};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/member_id",schemaPath:"#/$defs/MemberRef/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.effective_date !== undefined){
let data2 = data.effective_date;
if(typeof data2 === "string"){
if(!pattern7.test(data2)){
const err6 = {instancePath:instancePath+"/effective_date",schemaPath:"#/$defs/Date/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"},message:"must match pattern \""+"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"+"\""};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(!(formats0.validate(data2))){
const err7 = {instancePath:instancePath+"/effective_date",schemaPath:"#/$defs/Date/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\""};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/effective_date",schemaPath:"#/$defs/Date/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.reason !== undefined){
let data3 = data.reason;
if(typeof data3 === "string"){
if(func2(data3) > 1000){
const err9 = {instancePath:instancePath+"/reason",schemaPath:"#/properties/reason/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(func2(data3) < 1){
const err10 = {instancePath:instancePath+"/reason",schemaPath:"#/properties/reason/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/reason",schemaPath:"#/properties/reason/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.obligations !== undefined){
let data4 = data.obligations;
if(Array.isArray(data4)){
const len0 = data4.length;
for(let i0=0; i0<len0; i0++){
let data5 = data4[i0];
if(typeof data5 === "string"){
if(func2(data5) > 80){
const err12 = {instancePath:instancePath+"/obligations/" + i0,schemaPath:"#/$defs/Token/maxLength",keyword:"maxLength",params:{limit: 80},message:"must NOT have more than 80 characters"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(!pattern21.test(data5)){
const err13 = {instancePath:instancePath+"/obligations/" + i0,schemaPath:"#/$defs/Token/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9_]*$"},message:"must match pattern \""+"^[a-z][a-z0-9_]*$"+"\""};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
else {
const err14 = {instancePath:instancePath+"/obligations/" + i0,schemaPath:"#/$defs/Token/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
else {
const err15 = {instancePath:instancePath+"/obligations",schemaPath:"#/properties/obligations/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.reallocation !== undefined){
let data6 = data.reallocation;
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
for(const key1 in data6){
if(!((key1 === "work_area_leads") || (key1 === "allocation_to"))){
const err16 = {instancePath:instancePath+"/reallocation",schemaPath:"#/properties/reallocation/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data6.work_area_leads !== undefined){
let data7 = data6.work_area_leads;
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
for(const key2 in data7){
let data8 = data7[key2];
if(typeof data8 === "string"){
if(!pattern5.test(data8)){
const err17 = {instancePath:instancePath+"/reallocation/work_area_leads/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/MemberRef/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9-]{1,39}$"},message:"must match pattern \""+"^[a-z][a-z0-9-]{1,39}$"+"\""};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
else {
const err18 = {instancePath:instancePath+"/reallocation/work_area_leads/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/MemberRef/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
}
else {
const err19 = {instancePath:instancePath+"/reallocation/work_area_leads",schemaPath:"#/properties/reallocation/properties/work_area_leads/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data6.allocation_to !== undefined){
let data9 = data6.allocation_to;
if(typeof data9 === "string"){
if(!pattern5.test(data9)){
const err20 = {instancePath:instancePath+"/reallocation/allocation_to",schemaPath:"#/$defs/Id/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9-]{1,39}$"},message:"must match pattern \""+"^[a-z][a-z0-9-]{1,39}$"+"\""};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
else {
const err21 = {instancePath:instancePath+"/reallocation/allocation_to",schemaPath:"#/$defs/Id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
}
else {
const err22 = {instancePath:instancePath+"/reallocation",schemaPath:"#/properties/reallocation/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
}
else {
const err23 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
validate31.errors = vErrors;
return errors === 0;
}
validate31.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema76 = {"title":"Change the lead partner","description":"A new member becomes lead partner (DOMAIN §2.4, 6c).","type":"object","additionalProperties":false,"properties":{"op":{"title":"Operation","description":"The operation: change_lead_partner.","const":"change_lead_partner"},"from_member_id":{"$ref":"#/$defs/MemberRef","title":"From","description":"The current lead partner."},"to_member_id":{"$ref":"#/$defs/MemberRef","title":"To","description":"The member that becomes lead partner."},"roles":{"title":"Roles","description":"The lead-partner roles the new lead holds (defaults to those the old lead held).","type":"array","items":{"type":"string","enum":["convenor","secretariat","external_liaison","accountable_body","champion"]},"minItems":1},"novation_reference":{"title":"Novation reference","description":"The reference of the novation of the main contract or funding agreement to the new lead.","type":"string","minLength":1,"maxLength":200},"transition_period":{"$ref":"#/$defs/Duration","title":"Transition period","description":"How long the handover takes."}},"required":["op","from_member_id","to_member_id"]};
const schema79 = {"title":"Duration","description":"A length of time, such as 10 working days or 3 months.","type":"object","additionalProperties":false,"required":["value","unit"],"properties":{"value":{"title":"Value","description":"How many units, as a whole number (for example 10).","type":"integer","minimum":0},"unit":{"title":"Unit","description":"The unit of time: working days, calendar days, weeks, months or years.","type":"string","enum":["working_days","calendar_days","weeks","months","years"]}}};

function validate33(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate33.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.op === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "op"},message:"must have required property '"+"op"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.from_member_id === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "from_member_id"},message:"must have required property '"+"from_member_id"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.to_member_id === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "to_member_id"},message:"must have required property '"+"to_member_id"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!((((((key0 === "op") || (key0 === "from_member_id")) || (key0 === "to_member_id")) || (key0 === "roles")) || (key0 === "novation_reference")) || (key0 === "transition_period"))){
const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.op !== undefined){
if("change_lead_partner" !== data.op){
const err4 = {instancePath:instancePath+"/op",schemaPath:"#/properties/op/const",keyword:"const",params:{allowedValue: "change_lead_partner"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.from_member_id !== undefined){
let data1 = data.from_member_id;
if(typeof data1 === "string"){
if(!pattern5.test(data1)){
const err5 = {instancePath:instancePath+"/from_member_id",schemaPath:"#/$defs/MemberRef/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9-]{1,39}$"},message:"must match pattern \""+"^[a-z][a-z0-9-]{1,39}$"+"\""};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/from_member_id",schemaPath:"#/$defs/MemberRef/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.to_member_id !== undefined){
let data2 = data.to_member_id;
if(typeof data2 === "string"){
if(!pattern5.test(data2)){
const err7 = {instancePath:instancePath+"/to_member_id",schemaPath:"#/$defs/MemberRef/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9-]{1,39}$"},message:"must match pattern \""+"^[a-z][a-z0-9-]{1,39}$"+"\""};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/to_member_id",schemaPath:"#/$defs/MemberRef/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.roles !== undefined){
let data3 = data.roles;
if(Array.isArray(data3)){
if(data3.length < 1){
const err9 = {instancePath:instancePath+"/roles",schemaPath:"#/properties/roles/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
let data4 = data3[i0];
if(typeof data4 !== "string"){
const err10 = {instancePath:instancePath+"/roles/" + i0,schemaPath:"#/properties/roles/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(!(((((data4 === "convenor") || (data4 === "secretariat")) || (data4 === "external_liaison")) || (data4 === "accountable_body")) || (data4 === "champion"))){
const err11 = {instancePath:instancePath+"/roles/" + i0,schemaPath:"#/properties/roles/items/enum",keyword:"enum",params:{allowedValues: schema76.properties.roles.items.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
else {
const err12 = {instancePath:instancePath+"/roles",schemaPath:"#/properties/roles/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.novation_reference !== undefined){
let data5 = data.novation_reference;
if(typeof data5 === "string"){
if(func2(data5) > 200){
const err13 = {instancePath:instancePath+"/novation_reference",schemaPath:"#/properties/novation_reference/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(func2(data5) < 1){
const err14 = {instancePath:instancePath+"/novation_reference",schemaPath:"#/properties/novation_reference/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
else {
const err15 = {instancePath:instancePath+"/novation_reference",schemaPath:"#/properties/novation_reference/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.transition_period !== undefined){
let data6 = data.transition_period;
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
if(data6.value === undefined){
const err16 = {instancePath:instancePath+"/transition_period",schemaPath:"#/$defs/Duration/required",keyword:"required",params:{missingProperty: "value"},message:"must have required property '"+"value"+"'"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(data6.unit === undefined){
const err17 = {instancePath:instancePath+"/transition_period",schemaPath:"#/$defs/Duration/required",keyword:"required",params:{missingProperty: "unit"},message:"must have required property '"+"unit"+"'"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
for(const key1 in data6){
if(!((key1 === "value") || (key1 === "unit"))){
const err18 = {instancePath:instancePath+"/transition_period",schemaPath:"#/$defs/Duration/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data6.value !== undefined){
let data7 = data6.value;
if(!(((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7))) && (isFinite(data7)))){
const err19 = {instancePath:instancePath+"/transition_period/value",schemaPath:"#/$defs/Duration/properties/value/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if((typeof data7 == "number") && (isFinite(data7))){
if(data7 < 0 || isNaN(data7)){
const err20 = {instancePath:instancePath+"/transition_period/value",schemaPath:"#/$defs/Duration/properties/value/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
}
if(data6.unit !== undefined){
let data8 = data6.unit;
if(typeof data8 !== "string"){
const err21 = {instancePath:instancePath+"/transition_period/unit",schemaPath:"#/$defs/Duration/properties/unit/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if(!(((((data8 === "working_days") || (data8 === "calendar_days")) || (data8 === "weeks")) || (data8 === "months")) || (data8 === "years"))){
const err22 = {instancePath:instancePath+"/transition_period/unit",schemaPath:"#/$defs/Duration/properties/unit/enum",keyword:"enum",params:{allowedValues: schema79.properties.unit.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
}
else {
const err23 = {instancePath:instancePath+"/transition_period",schemaPath:"#/$defs/Duration/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
}
else {
const err24 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
validate33.errors = vErrors;
return errors === 0;
}
validate33.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema80 = {"title":"Set an allocation","description":"A member's allocation is set to a new amount (DOMAIN §2.4, 6d).","type":"object","additionalProperties":false,"properties":{"op":{"title":"Operation","description":"The operation: set_allocation.","const":"set_allocation"},"member_id":{"$ref":"#/$defs/MemberRef","title":"Member","description":"The member whose allocation changes."},"amount":{"$ref":"#/$defs/Money","title":"Amount","description":"The new total allocation."},"by_period":{"title":"By period","description":"The new allocation per funding period (period label → amount).","type":"object","additionalProperties":{"$ref":"#/$defs/Money"}},"work_area_ids":{"title":"Work areas","description":"The work areas the allocation pays for (for a member that had none).","type":"array","items":{"$ref":"#/$defs/Id"}}},"required":["op","member_id","amount"]};

function validate35(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate35.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.op === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "op"},message:"must have required property '"+"op"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.member_id === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "member_id"},message:"must have required property '"+"member_id"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.amount === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "amount"},message:"must have required property '"+"amount"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!(((((key0 === "op") || (key0 === "member_id")) || (key0 === "amount")) || (key0 === "by_period")) || (key0 === "work_area_ids"))){
const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.op !== undefined){
if("set_allocation" !== data.op){
const err4 = {instancePath:instancePath+"/op",schemaPath:"#/properties/op/const",keyword:"const",params:{allowedValue: "set_allocation"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.member_id !== undefined){
let data1 = data.member_id;
if(typeof data1 === "string"){
if(!pattern5.test(data1)){
const err5 = {instancePath:instancePath+"/member_id",schemaPath:"#/$defs/MemberRef/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9-]{1,39}$"},message:"must match pattern \""+"^[a-z][a-z0-9-]{1,39}$"+"\""};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/member_id",schemaPath:"#/$defs/MemberRef/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.amount !== undefined){
let data2 = data.amount;
if(typeof data2 === "string"){
if(!pattern19.test(data2)){
const err7 = {instancePath:instancePath+"/amount",schemaPath:"#/$defs/Money/pattern",keyword:"pattern",params:{pattern: "^(0|[1-9][0-9]*)\\.[0-9]{2}$"},message:"must match pattern \""+"^(0|[1-9][0-9]*)\\.[0-9]{2}$"+"\""};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/amount",schemaPath:"#/$defs/Money/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.by_period !== undefined){
let data3 = data.by_period;
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
for(const key1 in data3){
let data4 = data3[key1];
if(typeof data4 === "string"){
if(!pattern19.test(data4)){
const err9 = {instancePath:instancePath+"/by_period/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/Money/pattern",keyword:"pattern",params:{pattern: "^(0|[1-9][0-9]*)\\.[0-9]{2}$"},message:"must match pattern \""+"^(0|[1-9][0-9]*)\\.[0-9]{2}$"+"\""};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/by_period/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/Money/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
}
else {
const err11 = {instancePath:instancePath+"/by_period",schemaPath:"#/properties/by_period/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.work_area_ids !== undefined){
let data5 = data.work_area_ids;
if(Array.isArray(data5)){
const len0 = data5.length;
for(let i0=0; i0<len0; i0++){
let data6 = data5[i0];
if(typeof data6 === "string"){
if(!pattern5.test(data6)){
const err12 = {instancePath:instancePath+"/work_area_ids/" + i0,schemaPath:"#/$defs/Id/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9-]{1,39}$"},message:"must match pattern \""+"^[a-z][a-z0-9-]{1,39}$"+"\""};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
else {
const err13 = {instancePath:instancePath+"/work_area_ids/" + i0,schemaPath:"#/$defs/Id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
else {
const err14 = {instancePath:instancePath+"/work_area_ids",schemaPath:"#/properties/work_area_ids/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
else {
const err15 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
validate35.errors = vErrors;
return errors === 0;
}
validate35.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema85 = {"title":"Set the contingency","description":"The contingency is set to a new amount.","type":"object","additionalProperties":false,"properties":{"op":{"title":"Operation","description":"The operation: set_contingency.","const":"set_contingency"},"amount":{"$ref":"#/$defs/Money","title":"Amount","description":"The new contingency."},"by_period":{"title":"By period","description":"The new contingency per funding period.","type":"object","additionalProperties":{"$ref":"#/$defs/Money"}}},"required":["op","amount"]};

function validate37(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate37.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.op === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "op"},message:"must have required property '"+"op"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.amount === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "amount"},message:"must have required property '"+"amount"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "op") || (key0 === "amount")) || (key0 === "by_period"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.op !== undefined){
if("set_contingency" !== data.op){
const err3 = {instancePath:instancePath+"/op",schemaPath:"#/properties/op/const",keyword:"const",params:{allowedValue: "set_contingency"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.amount !== undefined){
let data1 = data.amount;
if(typeof data1 === "string"){
if(!pattern19.test(data1)){
const err4 = {instancePath:instancePath+"/amount",schemaPath:"#/$defs/Money/pattern",keyword:"pattern",params:{pattern: "^(0|[1-9][0-9]*)\\.[0-9]{2}$"},message:"must match pattern \""+"^(0|[1-9][0-9]*)\\.[0-9]{2}$"+"\""};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/amount",schemaPath:"#/$defs/Money/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.by_period !== undefined){
let data2 = data.by_period;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
for(const key1 in data2){
let data3 = data2[key1];
if(typeof data3 === "string"){
if(!pattern19.test(data3)){
const err6 = {instancePath:instancePath+"/by_period/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/Money/pattern",keyword:"pattern",params:{pattern: "^(0|[1-9][0-9]*)\\.[0-9]{2}$"},message:"must match pattern \""+"^(0|[1-9][0-9]*)\\.[0-9]{2}$"+"\""};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/by_period/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/Money/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
else {
const err8 = {instancePath:instancePath+"/by_period",schemaPath:"#/properties/by_period/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
else {
const err9 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
validate37.errors = vErrors;
return errors === 0;
}
validate37.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema88 = {"title":"Set the management fee","description":"The management fee is set to a new amount or rate.","type":"object","additionalProperties":false,"properties":{"op":{"title":"Operation","description":"The operation: set_management_fee.","const":"set_management_fee"},"amount":{"$ref":"#/$defs/Money","title":"Amount","description":"The new fee."},"rate_percent":{"$ref":"#/$defs/Percent","title":"Rate","description":"The new rate, for a percentage fee."},"by_period":{"title":"By period","description":"The new fee per funding period.","type":"object","additionalProperties":{"$ref":"#/$defs/Money"}}},"required":["op","amount"]};
const schema90 = {"title":"Percent","description":"A percentage between 0 and 100, written as a number without the % sign.","type":"number","minimum":0,"maximum":100};

function validate39(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate39.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.op === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "op"},message:"must have required property '"+"op"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.amount === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "amount"},message:"must have required property '"+"amount"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((((key0 === "op") || (key0 === "amount")) || (key0 === "rate_percent")) || (key0 === "by_period"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.op !== undefined){
if("set_management_fee" !== data.op){
const err3 = {instancePath:instancePath+"/op",schemaPath:"#/properties/op/const",keyword:"const",params:{allowedValue: "set_management_fee"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.amount !== undefined){
let data1 = data.amount;
if(typeof data1 === "string"){
if(!pattern19.test(data1)){
const err4 = {instancePath:instancePath+"/amount",schemaPath:"#/$defs/Money/pattern",keyword:"pattern",params:{pattern: "^(0|[1-9][0-9]*)\\.[0-9]{2}$"},message:"must match pattern \""+"^(0|[1-9][0-9]*)\\.[0-9]{2}$"+"\""};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/amount",schemaPath:"#/$defs/Money/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.rate_percent !== undefined){
let data2 = data.rate_percent;
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 > 100 || isNaN(data2)){
const err6 = {instancePath:instancePath+"/rate_percent",schemaPath:"#/$defs/Percent/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data2 < 0 || isNaN(data2)){
const err7 = {instancePath:instancePath+"/rate_percent",schemaPath:"#/$defs/Percent/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/rate_percent",schemaPath:"#/$defs/Percent/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.by_period !== undefined){
let data3 = data.by_period;
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
for(const key1 in data3){
let data4 = data3[key1];
if(typeof data4 === "string"){
if(!pattern19.test(data4)){
const err9 = {instancePath:instancePath+"/by_period/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/Money/pattern",keyword:"pattern",params:{pattern: "^(0|[1-9][0-9]*)\\.[0-9]{2}$"},message:"must match pattern \""+"^(0|[1-9][0-9]*)\\.[0-9]{2}$"+"\""};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/by_period/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/Money/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
}
else {
const err11 = {instancePath:instancePath+"/by_period",schemaPath:"#/properties/by_period/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
else {
const err12 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
validate39.errors = vErrors;
return errors === 0;
}
validate39.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema92 = {"title":"Set the total funding","description":"The total funding and, optionally, one funder's amount and the periods change (for a funder's increase or cut).","type":"object","additionalProperties":false,"properties":{"op":{"title":"Operation","description":"The operation: set_total_amount.","const":"set_total_amount"},"amount":{"$ref":"#/$defs/Money","title":"Amount","description":"The new total."},"funder_amounts":{"title":"Funder amounts","description":"The new amount of each funder whose amount changes (funder id → amount).","type":"object","additionalProperties":{"$ref":"#/$defs/Money"}},"period_amounts":{"title":"Period amounts","description":"The new amount of each funding period that changes (period label → amount).","type":"object","additionalProperties":{"$ref":"#/$defs/Money"}}},"required":["op","amount"]};

function validate41(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate41.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.op === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "op"},message:"must have required property '"+"op"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.amount === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "amount"},message:"must have required property '"+"amount"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((((key0 === "op") || (key0 === "amount")) || (key0 === "funder_amounts")) || (key0 === "period_amounts"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.op !== undefined){
if("set_total_amount" !== data.op){
const err3 = {instancePath:instancePath+"/op",schemaPath:"#/properties/op/const",keyword:"const",params:{allowedValue: "set_total_amount"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.amount !== undefined){
let data1 = data.amount;
if(typeof data1 === "string"){
if(!pattern19.test(data1)){
const err4 = {instancePath:instancePath+"/amount",schemaPath:"#/$defs/Money/pattern",keyword:"pattern",params:{pattern: "^(0|[1-9][0-9]*)\\.[0-9]{2}$"},message:"must match pattern \""+"^(0|[1-9][0-9]*)\\.[0-9]{2}$"+"\""};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/amount",schemaPath:"#/$defs/Money/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.funder_amounts !== undefined){
let data2 = data.funder_amounts;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
for(const key1 in data2){
let data3 = data2[key1];
if(typeof data3 === "string"){
if(!pattern19.test(data3)){
const err6 = {instancePath:instancePath+"/funder_amounts/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/Money/pattern",keyword:"pattern",params:{pattern: "^(0|[1-9][0-9]*)\\.[0-9]{2}$"},message:"must match pattern \""+"^(0|[1-9][0-9]*)\\.[0-9]{2}$"+"\""};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/funder_amounts/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/Money/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
else {
const err8 = {instancePath:instancePath+"/funder_amounts",schemaPath:"#/properties/funder_amounts/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.period_amounts !== undefined){
let data4 = data.period_amounts;
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
for(const key2 in data4){
let data5 = data4[key2];
if(typeof data5 === "string"){
if(!pattern19.test(data5)){
const err9 = {instancePath:instancePath+"/period_amounts/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/Money/pattern",keyword:"pattern",params:{pattern: "^(0|[1-9][0-9]*)\\.[0-9]{2}$"},message:"must match pattern \""+"^(0|[1-9][0-9]*)\\.[0-9]{2}$"+"\""};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/period_amounts/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/Money/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
}
else {
const err11 = {instancePath:instancePath+"/period_amounts",schemaPath:"#/properties/period_amounts/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
else {
const err12 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
validate41.errors = vErrors;
return errors === 0;
}
validate41.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema96 = {"title":"Set a KPI target","description":"A KPI's target changes.","type":"object","additionalProperties":false,"properties":{"op":{"title":"Operation","description":"The operation: set_kpi_target.","const":"set_kpi_target"},"kpi_id":{"$ref":"#/$defs/Id","title":"KPI","description":"The id of the KPI."},"target":{"title":"Target","description":"The new target.","type":"number","minimum":0}},"required":["op","kpi_id","target"]};

function validate43(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate43.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.op === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "op"},message:"must have required property '"+"op"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.kpi_id === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "kpi_id"},message:"must have required property '"+"kpi_id"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.target === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "target"},message:"must have required property '"+"target"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "op") || (key0 === "kpi_id")) || (key0 === "target"))){
const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.op !== undefined){
if("set_kpi_target" !== data.op){
const err4 = {instancePath:instancePath+"/op",schemaPath:"#/properties/op/const",keyword:"const",params:{allowedValue: "set_kpi_target"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.kpi_id !== undefined){
let data1 = data.kpi_id;
if(typeof data1 === "string"){
if(!pattern5.test(data1)){
const err5 = {instancePath:instancePath+"/kpi_id",schemaPath:"#/$defs/Id/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9-]{1,39}$"},message:"must match pattern \""+"^[a-z][a-z0-9-]{1,39}$"+"\""};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/kpi_id",schemaPath:"#/$defs/Id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.target !== undefined){
let data2 = data.target;
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 < 0 || isNaN(data2)){
const err7 = {instancePath:instancePath+"/target",schemaPath:"#/properties/target/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/target",schemaPath:"#/properties/target/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
else {
const err9 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
validate43.errors = vErrors;
return errors === 0;
}
validate43.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema98 = {"title":"Set member targets","description":"The members' shares of a KPI's target change.","type":"object","additionalProperties":false,"properties":{"op":{"title":"Operation","description":"The operation: set_member_target.","const":"set_member_target"},"kpi_id":{"$ref":"#/$defs/Id","title":"KPI","description":"The id of the KPI."},"targets":{"title":"Targets","description":"Each member's target (member id → number).","type":"object","additionalProperties":{"type":"number","minimum":0}}},"required":["op","kpi_id","targets"]};

function validate45(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate45.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.op === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "op"},message:"must have required property '"+"op"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.kpi_id === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "kpi_id"},message:"must have required property '"+"kpi_id"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.targets === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "targets"},message:"must have required property '"+"targets"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "op") || (key0 === "kpi_id")) || (key0 === "targets"))){
const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.op !== undefined){
if("set_member_target" !== data.op){
const err4 = {instancePath:instancePath+"/op",schemaPath:"#/properties/op/const",keyword:"const",params:{allowedValue: "set_member_target"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.kpi_id !== undefined){
let data1 = data.kpi_id;
if(typeof data1 === "string"){
if(!pattern5.test(data1)){
const err5 = {instancePath:instancePath+"/kpi_id",schemaPath:"#/$defs/Id/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9-]{1,39}$"},message:"must match pattern \""+"^[a-z][a-z0-9-]{1,39}$"+"\""};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/kpi_id",schemaPath:"#/$defs/Id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.targets !== undefined){
let data2 = data.targets;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
for(const key1 in data2){
let data3 = data2[key1];
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 < 0 || isNaN(data3)){
const err7 = {instancePath:instancePath+"/targets/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/targets/additionalProperties/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/targets/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/targets/additionalProperties/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
else {
const err9 = {instancePath:instancePath+"/targets",schemaPath:"#/properties/targets/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
else {
const err10 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
validate45.errors = vErrors;
return errors === 0;
}
validate45.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema100 = {"title":"Extend the term","description":"The agreement's end date changes (DOMAIN §2.4, 6e).","type":"object","additionalProperties":false,"properties":{"op":{"title":"Operation","description":"The operation: extend_term.","const":"extend_term"},"new_end_date":{"$ref":"#/$defs/Date","title":"New end date","description":"The date the agreement now ends."},"mechanism":{"title":"Mechanism","description":"Why the term can change: the funder extended the main contract, or the partners agreed.","type":"string","enum":["funder_extension_of_main_contract","mutual_agreement"]}},"required":["op","new_end_date"]};

function validate47(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate47.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.op === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "op"},message:"must have required property '"+"op"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.new_end_date === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "new_end_date"},message:"must have required property '"+"new_end_date"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "op") || (key0 === "new_end_date")) || (key0 === "mechanism"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.op !== undefined){
if("extend_term" !== data.op){
const err3 = {instancePath:instancePath+"/op",schemaPath:"#/properties/op/const",keyword:"const",params:{allowedValue: "extend_term"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.new_end_date !== undefined){
let data1 = data.new_end_date;
if(typeof data1 === "string"){
if(!pattern7.test(data1)){
const err4 = {instancePath:instancePath+"/new_end_date",schemaPath:"#/$defs/Date/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"},message:"must match pattern \""+"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"+"\""};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(!(formats0.validate(data1))){
const err5 = {instancePath:instancePath+"/new_end_date",schemaPath:"#/$defs/Date/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\""};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/new_end_date",schemaPath:"#/$defs/Date/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.mechanism !== undefined){
let data2 = data.mechanism;
if(typeof data2 !== "string"){
const err7 = {instancePath:instancePath+"/mechanism",schemaPath:"#/properties/mechanism/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(!((data2 === "funder_extension_of_main_contract") || (data2 === "mutual_agreement"))){
const err8 = {instancePath:instancePath+"/mechanism",schemaPath:"#/properties/mechanism/enum",keyword:"enum",params:{allowedValues: schema100.properties.mechanism.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
else {
const err9 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
validate47.errors = vErrors;
return errors === 0;
}
validate47.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema102 = {"title":"Replace a clause","description":"A clause of the agreement reads as this text instead (DOMAIN §2.4, 6f).","type":"object","additionalProperties":false,"properties":{"op":{"title":"Operation","description":"The operation: replace_clause.","const":"replace_clause"},"clause_key":{"title":"Clause","description":"The id of the clause replaced (`partnership explain` and the templates name them).","type":"string","minLength":1,"maxLength":100},"id":{"$ref":"#/$defs/Id","title":"New clause id","description":"An id for the replacing clause (defaults to \"amended-\" and the clause id)."},"title":{"title":"Heading","description":"The replacing clause's heading.","type":"string","minLength":1,"maxLength":200},"text":{"title":"Text","description":"The clause as it now reads, printed exactly as written.","type":"string","minLength":1,"maxLength":10000}},"required":["op","clause_key","text"]};

function validate49(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate49.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.op === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "op"},message:"must have required property '"+"op"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.clause_key === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "clause_key"},message:"must have required property '"+"clause_key"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.text === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "text"},message:"must have required property '"+"text"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!(((((key0 === "op") || (key0 === "clause_key")) || (key0 === "id")) || (key0 === "title")) || (key0 === "text"))){
const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.op !== undefined){
if("replace_clause" !== data.op){
const err4 = {instancePath:instancePath+"/op",schemaPath:"#/properties/op/const",keyword:"const",params:{allowedValue: "replace_clause"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.clause_key !== undefined){
let data1 = data.clause_key;
if(typeof data1 === "string"){
if(func2(data1) > 100){
const err5 = {instancePath:instancePath+"/clause_key",schemaPath:"#/properties/clause_key/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(func2(data1) < 1){
const err6 = {instancePath:instancePath+"/clause_key",schemaPath:"#/properties/clause_key/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/clause_key",schemaPath:"#/properties/clause_key/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.id !== undefined){
let data2 = data.id;
if(typeof data2 === "string"){
if(!pattern5.test(data2)){
const err8 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/Id/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9-]{1,39}$"},message:"must match pattern \""+"^[a-z][a-z0-9-]{1,39}$"+"\""};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/Id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.title !== undefined){
let data3 = data.title;
if(typeof data3 === "string"){
if(func2(data3) > 200){
const err10 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(func2(data3) < 1){
const err11 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.text !== undefined){
let data4 = data.text;
if(typeof data4 === "string"){
if(func2(data4) > 10000){
const err13 = {instancePath:instancePath+"/text",schemaPath:"#/properties/text/maxLength",keyword:"maxLength",params:{limit: 10000},message:"must NOT have more than 10000 characters"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(func2(data4) < 1){
const err14 = {instancePath:instancePath+"/text",schemaPath:"#/properties/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
else {
const err15 = {instancePath:instancePath+"/text",schemaPath:"#/properties/text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
}
else {
const err16 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
validate49.errors = vErrors;
return errors === 0;
}
validate49.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema113 = {"title":"Date or none","description":"A calendar date written as year-month-day (for example 2026-04-01), or null when there is no date yet.","anyOf":[{"$ref":"#/$defs/Date"},{"type":"null"}]};

function validate51(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate51.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs0 = errors;
let valid0 = false;
const _errs1 = errors;
if(typeof data === "string"){
if(!pattern7.test(data)){
const err0 = {instancePath,schemaPath:"#/$defs/Date/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"},message:"must match pattern \""+"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"+"\""};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(!(formats0.validate(data))){
const err1 = {instancePath,schemaPath:"#/$defs/Date/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\""};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
else {
const err2 = {instancePath,schemaPath:"#/$defs/Date/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
var _valid0 = _errs1 === errors;
valid0 = valid0 || _valid0;
const _errs4 = errors;
if(data !== null){
const err3 = {instancePath,schemaPath:"#/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
var _valid0 = _errs4 === errors;
valid0 = valid0 || _valid0;
if(!valid0){
const err4 = {instancePath,schemaPath:"#/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
else {
errors = _errs0;
if(vErrors !== null){
if(_errs0){
vErrors.length = _errs0;
}
else {
vErrors = null;
}
}
}
validate51.errors = vErrors;
return errors === 0;
}
validate51.evaluated = {"dynamicProps":false,"dynamicItems":false};


function validate22(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://partnership-docs.org/schemas/addendum-spec-1.0.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate22.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.kind === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.spec_version === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "spec_version"},message:"must have required property '"+"spec_version"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.meta === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "meta"},message:"must have required property '"+"meta"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.base === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "base"},message:"must have required property '"+"base"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.resulting_version === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "resulting_version"},message:"must have required property '"+"resulting_version"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.effective_date === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "effective_date"},message:"must have required property '"+"effective_date"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.reason === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "reason"},message:"must have required property '"+"reason"+"'"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data.decision === undefined){
const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "decision"},message:"must have required property '"+"decision"+"'"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data.changes === undefined){
const err8 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "changes"},message:"must have required property '"+"changes"+"'"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data.signatures === undefined){
const err9 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "signatures"},message:"must have required property '"+"signatures"+"'"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
for(const key0 in data){
if(!(func1.call(schema33.properties, key0))){
const err10 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.$schema !== undefined){
if(typeof data.$schema !== "string"){
const err11 = {instancePath:instancePath+"/$schema",schemaPath:"#/properties/%24schema/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.kind !== undefined){
if("addendum_spec" !== data.kind){
const err12 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/const",keyword:"const",params:{allowedValue: "addendum_spec"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.spec_version !== undefined){
let data2 = data.spec_version;
if(typeof data2 !== "string"){
const err13 = {instancePath:instancePath+"/spec_version",schemaPath:"#/properties/spec_version/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(!(data2 === "1.0")){
const err14 = {instancePath:instancePath+"/spec_version",schemaPath:"#/properties/spec_version/enum",keyword:"enum",params:{allowedValues: schema33.properties.spec_version.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.meta !== undefined){
let data3 = data.meta;
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
if(data3.addendum_id === undefined){
const err15 = {instancePath:instancePath+"/meta",schemaPath:"#/properties/meta/required",keyword:"required",params:{missingProperty: "addendum_id"},message:"must have required property '"+"addendum_id"+"'"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(data3.number === undefined){
const err16 = {instancePath:instancePath+"/meta",schemaPath:"#/properties/meta/required",keyword:"required",params:{missingProperty: "number"},message:"must have required property '"+"number"+"'"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(data3.title === undefined){
const err17 = {instancePath:instancePath+"/meta",schemaPath:"#/properties/meta/required",keyword:"required",params:{missingProperty: "title"},message:"must have required property '"+"title"+"'"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(data3.status === undefined){
const err18 = {instancePath:instancePath+"/meta",schemaPath:"#/properties/meta/required",keyword:"required",params:{missingProperty: "status"},message:"must have required property '"+"status"+"'"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(data3.prepared_date === undefined){
const err19 = {instancePath:instancePath+"/meta",schemaPath:"#/properties/meta/required",keyword:"required",params:{missingProperty: "prepared_date"},message:"must have required property '"+"prepared_date"+"'"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
for(const key1 in data3){
if(!((((((key1 === "addendum_id") || (key1 === "number")) || (key1 === "title")) || (key1 === "status")) || (key1 === "prepared_by_member")) || (key1 === "prepared_date"))){
const err20 = {instancePath:instancePath+"/meta",schemaPath:"#/properties/meta/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data3.addendum_id !== undefined){
let data4 = data3.addendum_id;
if(typeof data4 === "string"){
if(!pattern5.test(data4)){
const err21 = {instancePath:instancePath+"/meta/addendum_id",schemaPath:"#/$defs/Id/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9-]{1,39}$"},message:"must match pattern \""+"^[a-z][a-z0-9-]{1,39}$"+"\""};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
else {
const err22 = {instancePath:instancePath+"/meta/addendum_id",schemaPath:"#/$defs/Id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data3.number !== undefined){
let data5 = data3.number;
if(!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))){
const err23 = {instancePath:instancePath+"/meta/number",schemaPath:"#/properties/meta/properties/number/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 < 1 || isNaN(data5)){
const err24 = {instancePath:instancePath+"/meta/number",schemaPath:"#/properties/meta/properties/number/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
}
if(data3.title !== undefined){
let data6 = data3.title;
if(typeof data6 === "string"){
if(func2(data6) > 200){
const err25 = {instancePath:instancePath+"/meta/title",schemaPath:"#/properties/meta/properties/title/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
if(func2(data6) < 1){
const err26 = {instancePath:instancePath+"/meta/title",schemaPath:"#/properties/meta/properties/title/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
else {
const err27 = {instancePath:instancePath+"/meta/title",schemaPath:"#/properties/meta/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data3.status !== undefined){
let data7 = data3.status;
if(typeof data7 !== "string"){
const err28 = {instancePath:instancePath+"/meta/status",schemaPath:"#/properties/meta/properties/status/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
if(!((((data7 === "draft") || (data7 === "agreed")) || (data7 === "signed")) || (data7 === "superseded"))){
const err29 = {instancePath:instancePath+"/meta/status",schemaPath:"#/properties/meta/properties/status/enum",keyword:"enum",params:{allowedValues: schema33.properties.meta.properties.status.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data3.prepared_by_member !== undefined){
let data8 = data3.prepared_by_member;
if(typeof data8 === "string"){
if(!pattern5.test(data8)){
const err30 = {instancePath:instancePath+"/meta/prepared_by_member",schemaPath:"#/$defs/MemberRef/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9-]{1,39}$"},message:"must match pattern \""+"^[a-z][a-z0-9-]{1,39}$"+"\""};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
else {
const err31 = {instancePath:instancePath+"/meta/prepared_by_member",schemaPath:"#/$defs/MemberRef/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data3.prepared_date !== undefined){
let data9 = data3.prepared_date;
if(typeof data9 === "string"){
if(!pattern7.test(data9)){
const err32 = {instancePath:instancePath+"/meta/prepared_date",schemaPath:"#/$defs/Date/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"},message:"must match pattern \""+"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"+"\""};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
if(!(formats0.validate(data9))){
const err33 = {instancePath:instancePath+"/meta/prepared_date",schemaPath:"#/$defs/Date/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\""};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
else {
const err34 = {instancePath:instancePath+"/meta/prepared_date",schemaPath:"#/$defs/Date/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
}
else {
const err35 = {instancePath:instancePath+"/meta",schemaPath:"#/properties/meta/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
if(data.base !== undefined){
let data10 = data.base;
if(data10 && typeof data10 == "object" && !Array.isArray(data10)){
if(data10.spec_id === undefined){
const err36 = {instancePath:instancePath+"/base",schemaPath:"#/properties/base/required",keyword:"required",params:{missingProperty: "spec_id"},message:"must have required property '"+"spec_id"+"'"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
if(data10.version === undefined){
const err37 = {instancePath:instancePath+"/base",schemaPath:"#/properties/base/required",keyword:"required",params:{missingProperty: "version"},message:"must have required property '"+"version"+"'"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
if(data10.agreement_date === undefined){
const err38 = {instancePath:instancePath+"/base",schemaPath:"#/properties/base/required",keyword:"required",params:{missingProperty: "agreement_date"},message:"must have required property '"+"agreement_date"+"'"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
for(const key2 in data10){
if(!((((key2 === "spec_id") || (key2 === "version")) || (key2 === "agreement_date")) || (key2 === "previous_addenda"))){
const err39 = {instancePath:instancePath+"/base",schemaPath:"#/properties/base/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
if(data10.spec_id !== undefined){
let data11 = data10.spec_id;
if(typeof data11 === "string"){
if(!pattern5.test(data11)){
const err40 = {instancePath:instancePath+"/base/spec_id",schemaPath:"#/$defs/Id/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9-]{1,39}$"},message:"must match pattern \""+"^[a-z][a-z0-9-]{1,39}$"+"\""};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
else {
const err41 = {instancePath:instancePath+"/base/spec_id",schemaPath:"#/$defs/Id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
if(data10.version !== undefined){
let data12 = data10.version;
if(typeof data12 === "string"){
if(func2(data12) > 20){
const err42 = {instancePath:instancePath+"/base/version",schemaPath:"#/properties/base/properties/version/maxLength",keyword:"maxLength",params:{limit: 20},message:"must NOT have more than 20 characters"};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
if(func2(data12) < 1){
const err43 = {instancePath:instancePath+"/base/version",schemaPath:"#/properties/base/properties/version/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
if(!pattern9.test(data12)){
const err44 = {instancePath:instancePath+"/base/version",schemaPath:"#/properties/base/properties/version/pattern",keyword:"pattern",params:{pattern: "^[0-9]+\\.[0-9]+\\.[0-9]+$"},message:"must match pattern \""+"^[0-9]+\\.[0-9]+\\.[0-9]+$"+"\""};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
else {
const err45 = {instancePath:instancePath+"/base/version",schemaPath:"#/properties/base/properties/version/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
if(data10.agreement_date !== undefined){
let data13 = data10.agreement_date;
if(typeof data13 === "string"){
if(!pattern7.test(data13)){
const err46 = {instancePath:instancePath+"/base/agreement_date",schemaPath:"#/$defs/Date/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"},message:"must match pattern \""+"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"+"\""};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
if(!(formats0.validate(data13))){
const err47 = {instancePath:instancePath+"/base/agreement_date",schemaPath:"#/$defs/Date/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\""};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
else {
const err48 = {instancePath:instancePath+"/base/agreement_date",schemaPath:"#/$defs/Date/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
if(data10.previous_addenda !== undefined){
let data14 = data10.previous_addenda;
if(Array.isArray(data14)){
const len0 = data14.length;
for(let i0=0; i0<len0; i0++){
let data15 = data14[i0];
if(data15 && typeof data15 == "object" && !Array.isArray(data15)){
if(data15.number === undefined){
const err49 = {instancePath:instancePath+"/base/previous_addenda/" + i0,schemaPath:"#/properties/base/properties/previous_addenda/items/required",keyword:"required",params:{missingProperty: "number"},message:"must have required property '"+"number"+"'"};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
if(data15.date === undefined){
const err50 = {instancePath:instancePath+"/base/previous_addenda/" + i0,schemaPath:"#/properties/base/properties/previous_addenda/items/required",keyword:"required",params:{missingProperty: "date"},message:"must have required property '"+"date"+"'"};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
for(const key3 in data15){
if(!((((key3 === "number") || (key3 === "addendum_id")) || (key3 === "date")) || (key3 === "title"))){
const err51 = {instancePath:instancePath+"/base/previous_addenda/" + i0,schemaPath:"#/properties/base/properties/previous_addenda/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
if(data15.number !== undefined){
let data16 = data15.number;
if(!(((typeof data16 == "number") && (!(data16 % 1) && !isNaN(data16))) && (isFinite(data16)))){
const err52 = {instancePath:instancePath+"/base/previous_addenda/" + i0+"/number",schemaPath:"#/properties/base/properties/previous_addenda/items/properties/number/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
if((typeof data16 == "number") && (isFinite(data16))){
if(data16 < 1 || isNaN(data16)){
const err53 = {instancePath:instancePath+"/base/previous_addenda/" + i0+"/number",schemaPath:"#/properties/base/properties/previous_addenda/items/properties/number/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
}
if(data15.addendum_id !== undefined){
let data17 = data15.addendum_id;
if(typeof data17 === "string"){
if(!pattern5.test(data17)){
const err54 = {instancePath:instancePath+"/base/previous_addenda/" + i0+"/addendum_id",schemaPath:"#/$defs/Id/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9-]{1,39}$"},message:"must match pattern \""+"^[a-z][a-z0-9-]{1,39}$"+"\""};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
else {
const err55 = {instancePath:instancePath+"/base/previous_addenda/" + i0+"/addendum_id",schemaPath:"#/$defs/Id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
if(data15.date !== undefined){
let data18 = data15.date;
if(typeof data18 === "string"){
if(!pattern7.test(data18)){
const err56 = {instancePath:instancePath+"/base/previous_addenda/" + i0+"/date",schemaPath:"#/$defs/Date/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"},message:"must match pattern \""+"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"+"\""};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
if(!(formats0.validate(data18))){
const err57 = {instancePath:instancePath+"/base/previous_addenda/" + i0+"/date",schemaPath:"#/$defs/Date/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\""};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
}
else {
const err58 = {instancePath:instancePath+"/base/previous_addenda/" + i0+"/date",schemaPath:"#/$defs/Date/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
}
if(data15.title !== undefined){
let data19 = data15.title;
if(typeof data19 === "string"){
if(func2(data19) > 200){
const err59 = {instancePath:instancePath+"/base/previous_addenda/" + i0+"/title",schemaPath:"#/properties/base/properties/previous_addenda/items/properties/title/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters"};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
if(func2(data19) < 1){
const err60 = {instancePath:instancePath+"/base/previous_addenda/" + i0+"/title",schemaPath:"#/properties/base/properties/previous_addenda/items/properties/title/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
}
else {
const err61 = {instancePath:instancePath+"/base/previous_addenda/" + i0+"/title",schemaPath:"#/properties/base/properties/previous_addenda/items/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
}
}
else {
const err62 = {instancePath:instancePath+"/base/previous_addenda/" + i0,schemaPath:"#/properties/base/properties/previous_addenda/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
}
}
else {
const err63 = {instancePath:instancePath+"/base/previous_addenda",schemaPath:"#/properties/base/properties/previous_addenda/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
}
}
else {
const err64 = {instancePath:instancePath+"/base",schemaPath:"#/properties/base/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
}
if(data.resulting_version !== undefined){
let data20 = data.resulting_version;
if(typeof data20 === "string"){
if(func2(data20) > 20){
const err65 = {instancePath:instancePath+"/resulting_version",schemaPath:"#/properties/resulting_version/maxLength",keyword:"maxLength",params:{limit: 20},message:"must NOT have more than 20 characters"};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
if(func2(data20) < 1){
const err66 = {instancePath:instancePath+"/resulting_version",schemaPath:"#/properties/resulting_version/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
if(!pattern9.test(data20)){
const err67 = {instancePath:instancePath+"/resulting_version",schemaPath:"#/properties/resulting_version/pattern",keyword:"pattern",params:{pattern: "^[0-9]+\\.[0-9]+\\.[0-9]+$"},message:"must match pattern \""+"^[0-9]+\\.[0-9]+\\.[0-9]+$"+"\""};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
}
else {
const err68 = {instancePath:instancePath+"/resulting_version",schemaPath:"#/properties/resulting_version/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
}
if(data.effective_date !== undefined){
let data21 = data.effective_date;
if(typeof data21 === "string"){
if(!pattern7.test(data21)){
const err69 = {instancePath:instancePath+"/effective_date",schemaPath:"#/$defs/Date/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"},message:"must match pattern \""+"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"+"\""};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
if(!(formats0.validate(data21))){
const err70 = {instancePath:instancePath+"/effective_date",schemaPath:"#/$defs/Date/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\""};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
}
else {
const err71 = {instancePath:instancePath+"/effective_date",schemaPath:"#/$defs/Date/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
}
if(data.reason !== undefined){
let data22 = data.reason;
if(typeof data22 === "string"){
if(func2(data22) > 1500){
const err72 = {instancePath:instancePath+"/reason",schemaPath:"#/properties/reason/maxLength",keyword:"maxLength",params:{limit: 1500},message:"must NOT have more than 1500 characters"};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
if(func2(data22) < 1){
const err73 = {instancePath:instancePath+"/reason",schemaPath:"#/properties/reason/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
}
else {
const err74 = {instancePath:instancePath+"/reason",schemaPath:"#/properties/reason/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
}
if(data.decision !== undefined){
let data23 = data.decision;
if(data23 && typeof data23 == "object" && !Array.isArray(data23)){
if(data23.body === undefined){
const err75 = {instancePath:instancePath+"/decision",schemaPath:"#/properties/decision/required",keyword:"required",params:{missingProperty: "body"},message:"must have required property '"+"body"+"'"};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
if(data23.meeting_date === undefined){
const err76 = {instancePath:instancePath+"/decision",schemaPath:"#/properties/decision/required",keyword:"required",params:{missingProperty: "meeting_date"},message:"must have required property '"+"meeting_date"+"'"};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
if(data23.minute_ref === undefined){
const err77 = {instancePath:instancePath+"/decision",schemaPath:"#/properties/decision/required",keyword:"required",params:{missingProperty: "minute_ref"},message:"must have required property '"+"minute_ref"+"'"};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
if(data23.matters === undefined){
const err78 = {instancePath:instancePath+"/decision",schemaPath:"#/properties/decision/required",keyword:"required",params:{missingProperty: "matters"},message:"must have required property '"+"matters"+"'"};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
if(data23.threshold_required === undefined){
const err79 = {instancePath:instancePath+"/decision",schemaPath:"#/properties/decision/required",keyword:"required",params:{missingProperty: "threshold_required"},message:"must have required property '"+"threshold_required"+"'"};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
if(data23.votes === undefined){
const err80 = {instancePath:instancePath+"/decision",schemaPath:"#/properties/decision/required",keyword:"required",params:{missingProperty: "votes"},message:"must have required property '"+"votes"+"'"};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
}
for(const key4 in data23){
if(!((((((key4 === "body") || (key4 === "meeting_date")) || (key4 === "minute_ref")) || (key4 === "matters")) || (key4 === "threshold_required")) || (key4 === "votes"))){
const err81 = {instancePath:instancePath+"/decision",schemaPath:"#/properties/decision/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
}
}
if(data23.body !== undefined){
let data24 = data23.body;
if(typeof data24 !== "string"){
const err82 = {instancePath:instancePath+"/decision/body",schemaPath:"#/properties/decision/properties/body/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
if(!((data24 === "decision_body") || (data24 === "decision_body_in_writing"))){
const err83 = {instancePath:instancePath+"/decision/body",schemaPath:"#/properties/decision/properties/body/enum",keyword:"enum",params:{allowedValues: schema33.properties.decision.properties.body.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err83];
}
else {
vErrors.push(err83);
}
errors++;
}
}
if(data23.meeting_date !== undefined){
let data25 = data23.meeting_date;
if(typeof data25 === "string"){
if(!pattern7.test(data25)){
const err84 = {instancePath:instancePath+"/decision/meeting_date",schemaPath:"#/$defs/Date/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"},message:"must match pattern \""+"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"+"\""};
if(vErrors === null){
vErrors = [err84];
}
else {
vErrors.push(err84);
}
errors++;
}
if(!(formats0.validate(data25))){
const err85 = {instancePath:instancePath+"/decision/meeting_date",schemaPath:"#/$defs/Date/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\""};
if(vErrors === null){
vErrors = [err85];
}
else {
vErrors.push(err85);
}
errors++;
}
}
else {
const err86 = {instancePath:instancePath+"/decision/meeting_date",schemaPath:"#/$defs/Date/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err86];
}
else {
vErrors.push(err86);
}
errors++;
}
}
if(data23.minute_ref !== undefined){
let data26 = data23.minute_ref;
if(typeof data26 === "string"){
if(func2(data26) > 100){
const err87 = {instancePath:instancePath+"/decision/minute_ref",schemaPath:"#/properties/decision/properties/minute_ref/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters"};
if(vErrors === null){
vErrors = [err87];
}
else {
vErrors.push(err87);
}
errors++;
}
if(func2(data26) < 1){
const err88 = {instancePath:instancePath+"/decision/minute_ref",schemaPath:"#/properties/decision/properties/minute_ref/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err88];
}
else {
vErrors.push(err88);
}
errors++;
}
}
else {
const err89 = {instancePath:instancePath+"/decision/minute_ref",schemaPath:"#/properties/decision/properties/minute_ref/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err89];
}
else {
vErrors.push(err89);
}
errors++;
}
}
if(data23.matters !== undefined){
let data27 = data23.matters;
if(Array.isArray(data27)){
if(data27.length < 1){
const err90 = {instancePath:instancePath+"/decision/matters",schemaPath:"#/properties/decision/properties/matters/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err90];
}
else {
vErrors.push(err90);
}
errors++;
}
const len1 = data27.length;
for(let i1=0; i1<len1; i1++){
let data28 = data27[i1];
if(typeof data28 !== "string"){
const err91 = {instancePath:instancePath+"/decision/matters/" + i1,schemaPath:"#/$defs/ReservedMatter/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err91];
}
else {
vErrors.push(err91);
}
errors++;
}
if(!((((((((((((((((((data28 === "vary_agreement") || (data28 === "admit_member")) || (data28 === "suspend_member")) || (data28 === "expel_member")) || (data28 === "change_lead_partner")) || (data28 === "change_accountable_body")) || (data28 === "approve_bid_submission")) || (data28 === "approve_budget")) || (data28 === "change_allocations")) || (data28 === "change_management_fee")) || (data28 === "change_objectives")) || (data28 === "extend_term")) || (data28 === "terminate_partnership")) || (data28 === "appoint_coordinator")) || (data28 === "approve_public_statement_on_behalf")) || (data28 === "commit_expenditure_over_limit")) || (data28 === "license_partnership_ip")) || (data28 === "distribute_assets"))){
const err92 = {instancePath:instancePath+"/decision/matters/" + i1,schemaPath:"#/$defs/ReservedMatter/enum",keyword:"enum",params:{allowedValues: schema43.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err92];
}
else {
vErrors.push(err92);
}
errors++;
}
}
}
else {
const err93 = {instancePath:instancePath+"/decision/matters",schemaPath:"#/properties/decision/properties/matters/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err93];
}
else {
vErrors.push(err93);
}
errors++;
}
}
if(data23.threshold_required !== undefined){
let data29 = data23.threshold_required;
if(typeof data29 !== "string"){
const err94 = {instancePath:instancePath+"/decision/threshold_required",schemaPath:"#/$defs/Threshold/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err94];
}
else {
vErrors.push(err94);
}
errors++;
}
if(!(((((data29 === "unanimity") || (data29 === "unanimity_excluding_affected")) || (data29 === "three_quarters_majority")) || (data29 === "two_thirds_majority")) || (data29 === "simple_majority"))){
const err95 = {instancePath:instancePath+"/decision/threshold_required",schemaPath:"#/$defs/Threshold/enum",keyword:"enum",params:{allowedValues: schema44.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err95];
}
else {
vErrors.push(err95);
}
errors++;
}
}
if(data23.votes !== undefined){
let data30 = data23.votes;
if(data30 && typeof data30 == "object" && !Array.isArray(data30)){
if(data30.for === undefined){
const err96 = {instancePath:instancePath+"/decision/votes",schemaPath:"#/properties/decision/properties/votes/required",keyword:"required",params:{missingProperty: "for"},message:"must have required property '"+"for"+"'"};
if(vErrors === null){
vErrors = [err96];
}
else {
vErrors.push(err96);
}
errors++;
}
if(data30.against === undefined){
const err97 = {instancePath:instancePath+"/decision/votes",schemaPath:"#/properties/decision/properties/votes/required",keyword:"required",params:{missingProperty: "against"},message:"must have required property '"+"against"+"'"};
if(vErrors === null){
vErrors = [err97];
}
else {
vErrors.push(err97);
}
errors++;
}
if(data30.abstain === undefined){
const err98 = {instancePath:instancePath+"/decision/votes",schemaPath:"#/properties/decision/properties/votes/required",keyword:"required",params:{missingProperty: "abstain"},message:"must have required property '"+"abstain"+"'"};
if(vErrors === null){
vErrors = [err98];
}
else {
vErrors.push(err98);
}
errors++;
}
for(const key5 in data30){
if(!(((key5 === "for") || (key5 === "against")) || (key5 === "abstain"))){
const err99 = {instancePath:instancePath+"/decision/votes",schemaPath:"#/properties/decision/properties/votes/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err99];
}
else {
vErrors.push(err99);
}
errors++;
}
}
if(data30.for !== undefined){
let data31 = data30.for;
if(!(((typeof data31 == "number") && (!(data31 % 1) && !isNaN(data31))) && (isFinite(data31)))){
const err100 = {instancePath:instancePath+"/decision/votes/for",schemaPath:"#/properties/decision/properties/votes/properties/for/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err100];
}
else {
vErrors.push(err100);
}
errors++;
}
if((typeof data31 == "number") && (isFinite(data31))){
if(data31 < 0 || isNaN(data31)){
const err101 = {instancePath:instancePath+"/decision/votes/for",schemaPath:"#/properties/decision/properties/votes/properties/for/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err101];
}
else {
vErrors.push(err101);
}
errors++;
}
}
}
if(data30.against !== undefined){
let data32 = data30.against;
if(!(((typeof data32 == "number") && (!(data32 % 1) && !isNaN(data32))) && (isFinite(data32)))){
const err102 = {instancePath:instancePath+"/decision/votes/against",schemaPath:"#/properties/decision/properties/votes/properties/against/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err102];
}
else {
vErrors.push(err102);
}
errors++;
}
if((typeof data32 == "number") && (isFinite(data32))){
if(data32 < 0 || isNaN(data32)){
const err103 = {instancePath:instancePath+"/decision/votes/against",schemaPath:"#/properties/decision/properties/votes/properties/against/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err103];
}
else {
vErrors.push(err103);
}
errors++;
}
}
}
if(data30.abstain !== undefined){
let data33 = data30.abstain;
if(!(((typeof data33 == "number") && (!(data33 % 1) && !isNaN(data33))) && (isFinite(data33)))){
const err104 = {instancePath:instancePath+"/decision/votes/abstain",schemaPath:"#/properties/decision/properties/votes/properties/abstain/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err104];
}
else {
vErrors.push(err104);
}
errors++;
}
if((typeof data33 == "number") && (isFinite(data33))){
if(data33 < 0 || isNaN(data33)){
const err105 = {instancePath:instancePath+"/decision/votes/abstain",schemaPath:"#/properties/decision/properties/votes/properties/abstain/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err105];
}
else {
vErrors.push(err105);
}
errors++;
}
}
}
}
else {
const err106 = {instancePath:instancePath+"/decision/votes",schemaPath:"#/properties/decision/properties/votes/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err106];
}
else {
vErrors.push(err106);
}
errors++;
}
}
}
else {
const err107 = {instancePath:instancePath+"/decision",schemaPath:"#/properties/decision/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err107];
}
else {
vErrors.push(err107);
}
errors++;
}
}
if(data.funder_consent !== undefined){
let data34 = data.funder_consent;
if(data34 && typeof data34 == "object" && !Array.isArray(data34)){
if(data34.required === undefined){
const err108 = {instancePath:instancePath+"/funder_consent",schemaPath:"#/properties/funder_consent/required",keyword:"required",params:{missingProperty: "required"},message:"must have required property '"+"required"+"'"};
if(vErrors === null){
vErrors = [err108];
}
else {
vErrors.push(err108);
}
errors++;
}
for(const key6 in data34){
if(!((((key6 === "required") || (key6 === "funder_id")) || (key6 === "reference")) || (key6 === "date"))){
const err109 = {instancePath:instancePath+"/funder_consent",schemaPath:"#/properties/funder_consent/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err109];
}
else {
vErrors.push(err109);
}
errors++;
}
}
if(data34.required !== undefined){
if(typeof data34.required !== "boolean"){
const err110 = {instancePath:instancePath+"/funder_consent/required",schemaPath:"#/properties/funder_consent/properties/required/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err110];
}
else {
vErrors.push(err110);
}
errors++;
}
}
if(data34.funder_id !== undefined){
let data36 = data34.funder_id;
if(typeof data36 === "string"){
if(!pattern5.test(data36)){
const err111 = {instancePath:instancePath+"/funder_consent/funder_id",schemaPath:"#/$defs/Id/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9-]{1,39}$"},message:"must match pattern \""+"^[a-z][a-z0-9-]{1,39}$"+"\""};
if(vErrors === null){
vErrors = [err111];
}
else {
vErrors.push(err111);
}
errors++;
}
}
else {
const err112 = {instancePath:instancePath+"/funder_consent/funder_id",schemaPath:"#/$defs/Id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err112];
}
else {
vErrors.push(err112);
}
errors++;
}
}
if(data34.reference !== undefined){
let data37 = data34.reference;
if(typeof data37 === "string"){
if(func2(data37) > 200){
const err113 = {instancePath:instancePath+"/funder_consent/reference",schemaPath:"#/properties/funder_consent/properties/reference/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters"};
if(vErrors === null){
vErrors = [err113];
}
else {
vErrors.push(err113);
}
errors++;
}
if(func2(data37) < 1){
const err114 = {instancePath:instancePath+"/funder_consent/reference",schemaPath:"#/properties/funder_consent/properties/reference/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err114];
}
else {
vErrors.push(err114);
}
errors++;
}
}
else {
const err115 = {instancePath:instancePath+"/funder_consent/reference",schemaPath:"#/properties/funder_consent/properties/reference/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err115];
}
else {
vErrors.push(err115);
}
errors++;
}
}
if(data34.date !== undefined){
let data38 = data34.date;
if(typeof data38 === "string"){
if(!pattern7.test(data38)){
const err116 = {instancePath:instancePath+"/funder_consent/date",schemaPath:"#/$defs/Date/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"},message:"must match pattern \""+"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"+"\""};
if(vErrors === null){
vErrors = [err116];
}
else {
vErrors.push(err116);
}
errors++;
}
if(!(formats0.validate(data38))){
const err117 = {instancePath:instancePath+"/funder_consent/date",schemaPath:"#/$defs/Date/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\""};
if(vErrors === null){
vErrors = [err117];
}
else {
vErrors.push(err117);
}
errors++;
}
}
else {
const err118 = {instancePath:instancePath+"/funder_consent/date",schemaPath:"#/$defs/Date/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err118];
}
else {
vErrors.push(err118);
}
errors++;
}
}
}
else {
const err119 = {instancePath:instancePath+"/funder_consent",schemaPath:"#/properties/funder_consent/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err119];
}
else {
vErrors.push(err119);
}
errors++;
}
}
if(data.changes !== undefined){
let data39 = data.changes;
if(Array.isArray(data39)){
if(data39.length < 1){
const err120 = {instancePath:instancePath+"/changes",schemaPath:"#/properties/changes/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err120];
}
else {
vErrors.push(err120);
}
errors++;
}
const len2 = data39.length;
for(let i2=0; i2<len2; i2++){
let data40 = data39[i2];
const _errs108 = errors;
let valid27 = true;
const _errs109 = errors;
if(data40 && typeof data40 == "object" && !Array.isArray(data40)){
let missing0;
if((data40.op === undefined) && (missing0 = "op")){
const err121 = {};
if(vErrors === null){
vErrors = [err121];
}
else {
vErrors.push(err121);
}
errors++;
}
else {
if(data40.op !== undefined){
if("admit_member" !== data40.op){
const err122 = {};
if(vErrors === null){
vErrors = [err122];
}
else {
vErrors.push(err122);
}
errors++;
}
}
}
}
var _valid0 = _errs109 === errors;
errors = _errs108;
if(vErrors !== null){
if(_errs108){
vErrors.length = _errs108;
}
else {
vErrors = null;
}
}
if(_valid0){
const _errs111 = errors;
if(!(validate23(data40, {instancePath:instancePath+"/changes/" + i2,parentData:data39,parentDataProperty:i2,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
errors = vErrors.length;
}
var _valid0 = _errs111 === errors;
valid27 = _valid0;
if(valid27){
var props0 = true;
}
}
if(!valid27){
const err123 = {instancePath:instancePath+"/changes/" + i2,schemaPath:"#/properties/changes/items/allOf/0/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err123];
}
else {
vErrors.push(err123);
}
errors++;
}
const _errs113 = errors;
let valid29 = true;
const _errs114 = errors;
if(data40 && typeof data40 == "object" && !Array.isArray(data40)){
let missing1;
if((data40.op === undefined) && (missing1 = "op")){
const err124 = {};
if(vErrors === null){
vErrors = [err124];
}
else {
vErrors.push(err124);
}
errors++;
}
else {
if(data40.op !== undefined){
if("withdraw_member" !== data40.op){
const err125 = {};
if(vErrors === null){
vErrors = [err125];
}
else {
vErrors.push(err125);
}
errors++;
}
}
}
}
var _valid1 = _errs114 === errors;
errors = _errs113;
if(vErrors !== null){
if(_errs113){
vErrors.length = _errs113;
}
else {
vErrors = null;
}
}
if(_valid1){
const _errs116 = errors;
if(!(validate25(data40, {instancePath:instancePath+"/changes/" + i2,parentData:data39,parentDataProperty:i2,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
errors = vErrors.length;
}
var _valid1 = _errs116 === errors;
valid29 = _valid1;
if(valid29){
var props1 = true;
}
}
if(!valid29){
const err126 = {instancePath:instancePath+"/changes/" + i2,schemaPath:"#/properties/changes/items/allOf/1/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err126];
}
else {
vErrors.push(err126);
}
errors++;
}
if(props0 !== true && props1 !== undefined){
if(props1 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props1);
}
}
const _errs118 = errors;
let valid31 = true;
const _errs119 = errors;
if(data40 && typeof data40 == "object" && !Array.isArray(data40)){
let missing2;
if((data40.op === undefined) && (missing2 = "op")){
const err127 = {};
if(vErrors === null){
vErrors = [err127];
}
else {
vErrors.push(err127);
}
errors++;
}
else {
if(data40.op !== undefined){
if("expel_member" !== data40.op){
const err128 = {};
if(vErrors === null){
vErrors = [err128];
}
else {
vErrors.push(err128);
}
errors++;
}
}
}
}
var _valid2 = _errs119 === errors;
errors = _errs118;
if(vErrors !== null){
if(_errs118){
vErrors.length = _errs118;
}
else {
vErrors = null;
}
}
if(_valid2){
const _errs121 = errors;
if(!(validate27(data40, {instancePath:instancePath+"/changes/" + i2,parentData:data39,parentDataProperty:i2,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
errors = vErrors.length;
}
var _valid2 = _errs121 === errors;
valid31 = _valid2;
if(valid31){
var props2 = true;
}
}
if(!valid31){
const err129 = {instancePath:instancePath+"/changes/" + i2,schemaPath:"#/properties/changes/items/allOf/2/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err129];
}
else {
vErrors.push(err129);
}
errors++;
}
if(props0 !== true && props2 !== undefined){
if(props2 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props2);
}
}
const _errs123 = errors;
let valid33 = true;
const _errs124 = errors;
if(data40 && typeof data40 == "object" && !Array.isArray(data40)){
let missing3;
if((data40.op === undefined) && (missing3 = "op")){
const err130 = {};
if(vErrors === null){
vErrors = [err130];
}
else {
vErrors.push(err130);
}
errors++;
}
else {
if(data40.op !== undefined){
if("suspend_member" !== data40.op){
const err131 = {};
if(vErrors === null){
vErrors = [err131];
}
else {
vErrors.push(err131);
}
errors++;
}
}
}
}
var _valid3 = _errs124 === errors;
errors = _errs123;
if(vErrors !== null){
if(_errs123){
vErrors.length = _errs123;
}
else {
vErrors = null;
}
}
if(_valid3){
const _errs126 = errors;
if(!(validate29(data40, {instancePath:instancePath+"/changes/" + i2,parentData:data39,parentDataProperty:i2,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate29.errors : vErrors.concat(validate29.errors);
errors = vErrors.length;
}
var _valid3 = _errs126 === errors;
valid33 = _valid3;
if(valid33){
var props3 = true;
}
}
if(!valid33){
const err132 = {instancePath:instancePath+"/changes/" + i2,schemaPath:"#/properties/changes/items/allOf/3/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err132];
}
else {
vErrors.push(err132);
}
errors++;
}
if(props0 !== true && props3 !== undefined){
if(props3 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props3);
}
}
const _errs128 = errors;
let valid35 = true;
const _errs129 = errors;
if(data40 && typeof data40 == "object" && !Array.isArray(data40)){
let missing4;
if((data40.op === undefined) && (missing4 = "op")){
const err133 = {};
if(vErrors === null){
vErrors = [err133];
}
else {
vErrors.push(err133);
}
errors++;
}
else {
if(data40.op !== undefined){
if("reinstate_member" !== data40.op){
const err134 = {};
if(vErrors === null){
vErrors = [err134];
}
else {
vErrors.push(err134);
}
errors++;
}
}
}
}
var _valid4 = _errs129 === errors;
errors = _errs128;
if(vErrors !== null){
if(_errs128){
vErrors.length = _errs128;
}
else {
vErrors = null;
}
}
if(_valid4){
const _errs131 = errors;
if(!(validate31(data40, {instancePath:instancePath+"/changes/" + i2,parentData:data39,parentDataProperty:i2,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
errors = vErrors.length;
}
var _valid4 = _errs131 === errors;
valid35 = _valid4;
if(valid35){
var props4 = true;
}
}
if(!valid35){
const err135 = {instancePath:instancePath+"/changes/" + i2,schemaPath:"#/properties/changes/items/allOf/4/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err135];
}
else {
vErrors.push(err135);
}
errors++;
}
if(props0 !== true && props4 !== undefined){
if(props4 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props4);
}
}
const _errs133 = errors;
let valid37 = true;
const _errs134 = errors;
if(data40 && typeof data40 == "object" && !Array.isArray(data40)){
let missing5;
if((data40.op === undefined) && (missing5 = "op")){
const err136 = {};
if(vErrors === null){
vErrors = [err136];
}
else {
vErrors.push(err136);
}
errors++;
}
else {
if(data40.op !== undefined){
if("change_lead_partner" !== data40.op){
const err137 = {};
if(vErrors === null){
vErrors = [err137];
}
else {
vErrors.push(err137);
}
errors++;
}
}
}
}
var _valid5 = _errs134 === errors;
errors = _errs133;
if(vErrors !== null){
if(_errs133){
vErrors.length = _errs133;
}
else {
vErrors = null;
}
}
if(_valid5){
const _errs136 = errors;
if(!(validate33(data40, {instancePath:instancePath+"/changes/" + i2,parentData:data39,parentDataProperty:i2,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate33.errors : vErrors.concat(validate33.errors);
errors = vErrors.length;
}
var _valid5 = _errs136 === errors;
valid37 = _valid5;
if(valid37){
var props5 = true;
}
}
if(!valid37){
const err138 = {instancePath:instancePath+"/changes/" + i2,schemaPath:"#/properties/changes/items/allOf/5/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err138];
}
else {
vErrors.push(err138);
}
errors++;
}
if(props0 !== true && props5 !== undefined){
if(props5 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props5);
}
}
const _errs138 = errors;
let valid39 = true;
const _errs139 = errors;
if(data40 && typeof data40 == "object" && !Array.isArray(data40)){
let missing6;
if((data40.op === undefined) && (missing6 = "op")){
const err139 = {};
if(vErrors === null){
vErrors = [err139];
}
else {
vErrors.push(err139);
}
errors++;
}
else {
if(data40.op !== undefined){
if("set_allocation" !== data40.op){
const err140 = {};
if(vErrors === null){
vErrors = [err140];
}
else {
vErrors.push(err140);
}
errors++;
}
}
}
}
var _valid6 = _errs139 === errors;
errors = _errs138;
if(vErrors !== null){
if(_errs138){
vErrors.length = _errs138;
}
else {
vErrors = null;
}
}
if(_valid6){
const _errs141 = errors;
if(!(validate35(data40, {instancePath:instancePath+"/changes/" + i2,parentData:data39,parentDataProperty:i2,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate35.errors : vErrors.concat(validate35.errors);
errors = vErrors.length;
}
var _valid6 = _errs141 === errors;
valid39 = _valid6;
if(valid39){
var props6 = true;
}
}
if(!valid39){
const err141 = {instancePath:instancePath+"/changes/" + i2,schemaPath:"#/properties/changes/items/allOf/6/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err141];
}
else {
vErrors.push(err141);
}
errors++;
}
if(props0 !== true && props6 !== undefined){
if(props6 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props6);
}
}
const _errs143 = errors;
let valid41 = true;
const _errs144 = errors;
if(data40 && typeof data40 == "object" && !Array.isArray(data40)){
let missing7;
if((data40.op === undefined) && (missing7 = "op")){
const err142 = {};
if(vErrors === null){
vErrors = [err142];
}
else {
vErrors.push(err142);
}
errors++;
}
else {
if(data40.op !== undefined){
if("set_contingency" !== data40.op){
const err143 = {};
if(vErrors === null){
vErrors = [err143];
}
else {
vErrors.push(err143);
}
errors++;
}
}
}
}
var _valid7 = _errs144 === errors;
errors = _errs143;
if(vErrors !== null){
if(_errs143){
vErrors.length = _errs143;
}
else {
vErrors = null;
}
}
if(_valid7){
const _errs146 = errors;
if(!(validate37(data40, {instancePath:instancePath+"/changes/" + i2,parentData:data39,parentDataProperty:i2,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate37.errors : vErrors.concat(validate37.errors);
errors = vErrors.length;
}
var _valid7 = _errs146 === errors;
valid41 = _valid7;
if(valid41){
var props7 = true;
}
}
if(!valid41){
const err144 = {instancePath:instancePath+"/changes/" + i2,schemaPath:"#/properties/changes/items/allOf/7/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err144];
}
else {
vErrors.push(err144);
}
errors++;
}
if(props0 !== true && props7 !== undefined){
if(props7 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props7);
}
}
const _errs148 = errors;
let valid43 = true;
const _errs149 = errors;
if(data40 && typeof data40 == "object" && !Array.isArray(data40)){
let missing8;
if((data40.op === undefined) && (missing8 = "op")){
const err145 = {};
if(vErrors === null){
vErrors = [err145];
}
else {
vErrors.push(err145);
}
errors++;
}
else {
if(data40.op !== undefined){
if("set_management_fee" !== data40.op){
const err146 = {};
if(vErrors === null){
vErrors = [err146];
}
else {
vErrors.push(err146);
}
errors++;
}
}
}
}
var _valid8 = _errs149 === errors;
errors = _errs148;
if(vErrors !== null){
if(_errs148){
vErrors.length = _errs148;
}
else {
vErrors = null;
}
}
if(_valid8){
const _errs151 = errors;
if(!(validate39(data40, {instancePath:instancePath+"/changes/" + i2,parentData:data39,parentDataProperty:i2,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate39.errors : vErrors.concat(validate39.errors);
errors = vErrors.length;
}
var _valid8 = _errs151 === errors;
valid43 = _valid8;
if(valid43){
var props8 = true;
}
}
if(!valid43){
const err147 = {instancePath:instancePath+"/changes/" + i2,schemaPath:"#/properties/changes/items/allOf/8/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err147];
}
else {
vErrors.push(err147);
}
errors++;
}
if(props0 !== true && props8 !== undefined){
if(props8 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props8);
}
}
const _errs153 = errors;
let valid45 = true;
const _errs154 = errors;
if(data40 && typeof data40 == "object" && !Array.isArray(data40)){
let missing9;
if((data40.op === undefined) && (missing9 = "op")){
const err148 = {};
if(vErrors === null){
vErrors = [err148];
}
else {
vErrors.push(err148);
}
errors++;
}
else {
if(data40.op !== undefined){
if("set_total_amount" !== data40.op){
const err149 = {};
if(vErrors === null){
vErrors = [err149];
}
else {
vErrors.push(err149);
}
errors++;
}
}
}
}
var _valid9 = _errs154 === errors;
errors = _errs153;
if(vErrors !== null){
if(_errs153){
vErrors.length = _errs153;
}
else {
vErrors = null;
}
}
if(_valid9){
const _errs156 = errors;
if(!(validate41(data40, {instancePath:instancePath+"/changes/" + i2,parentData:data39,parentDataProperty:i2,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate41.errors : vErrors.concat(validate41.errors);
errors = vErrors.length;
}
var _valid9 = _errs156 === errors;
valid45 = _valid9;
if(valid45){
var props9 = true;
}
}
if(!valid45){
const err150 = {instancePath:instancePath+"/changes/" + i2,schemaPath:"#/properties/changes/items/allOf/9/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err150];
}
else {
vErrors.push(err150);
}
errors++;
}
if(props0 !== true && props9 !== undefined){
if(props9 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props9);
}
}
const _errs158 = errors;
let valid47 = true;
const _errs159 = errors;
if(data40 && typeof data40 == "object" && !Array.isArray(data40)){
let missing10;
if((data40.op === undefined) && (missing10 = "op")){
const err151 = {};
if(vErrors === null){
vErrors = [err151];
}
else {
vErrors.push(err151);
}
errors++;
}
else {
if(data40.op !== undefined){
if("set_kpi_target" !== data40.op){
const err152 = {};
if(vErrors === null){
vErrors = [err152];
}
else {
vErrors.push(err152);
}
errors++;
}
}
}
}
var _valid10 = _errs159 === errors;
errors = _errs158;
if(vErrors !== null){
if(_errs158){
vErrors.length = _errs158;
}
else {
vErrors = null;
}
}
if(_valid10){
const _errs161 = errors;
if(!(validate43(data40, {instancePath:instancePath+"/changes/" + i2,parentData:data39,parentDataProperty:i2,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate43.errors : vErrors.concat(validate43.errors);
errors = vErrors.length;
}
var _valid10 = _errs161 === errors;
valid47 = _valid10;
if(valid47){
var props10 = true;
}
}
if(!valid47){
const err153 = {instancePath:instancePath+"/changes/" + i2,schemaPath:"#/properties/changes/items/allOf/10/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err153];
}
else {
vErrors.push(err153);
}
errors++;
}
if(props0 !== true && props10 !== undefined){
if(props10 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props10);
}
}
const _errs163 = errors;
let valid49 = true;
const _errs164 = errors;
if(data40 && typeof data40 == "object" && !Array.isArray(data40)){
let missing11;
if((data40.op === undefined) && (missing11 = "op")){
const err154 = {};
if(vErrors === null){
vErrors = [err154];
}
else {
vErrors.push(err154);
}
errors++;
}
else {
if(data40.op !== undefined){
if("set_member_target" !== data40.op){
const err155 = {};
if(vErrors === null){
vErrors = [err155];
}
else {
vErrors.push(err155);
}
errors++;
}
}
}
}
var _valid11 = _errs164 === errors;
errors = _errs163;
if(vErrors !== null){
if(_errs163){
vErrors.length = _errs163;
}
else {
vErrors = null;
}
}
if(_valid11){
const _errs166 = errors;
if(!(validate45(data40, {instancePath:instancePath+"/changes/" + i2,parentData:data39,parentDataProperty:i2,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate45.errors : vErrors.concat(validate45.errors);
errors = vErrors.length;
}
var _valid11 = _errs166 === errors;
valid49 = _valid11;
if(valid49){
var props11 = true;
}
}
if(!valid49){
const err156 = {instancePath:instancePath+"/changes/" + i2,schemaPath:"#/properties/changes/items/allOf/11/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err156];
}
else {
vErrors.push(err156);
}
errors++;
}
if(props0 !== true && props11 !== undefined){
if(props11 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props11);
}
}
const _errs168 = errors;
let valid51 = true;
const _errs169 = errors;
if(data40 && typeof data40 == "object" && !Array.isArray(data40)){
let missing12;
if((data40.op === undefined) && (missing12 = "op")){
const err157 = {};
if(vErrors === null){
vErrors = [err157];
}
else {
vErrors.push(err157);
}
errors++;
}
else {
if(data40.op !== undefined){
if("extend_term" !== data40.op){
const err158 = {};
if(vErrors === null){
vErrors = [err158];
}
else {
vErrors.push(err158);
}
errors++;
}
}
}
}
var _valid12 = _errs169 === errors;
errors = _errs168;
if(vErrors !== null){
if(_errs168){
vErrors.length = _errs168;
}
else {
vErrors = null;
}
}
if(_valid12){
const _errs171 = errors;
if(!(validate47(data40, {instancePath:instancePath+"/changes/" + i2,parentData:data39,parentDataProperty:i2,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate47.errors : vErrors.concat(validate47.errors);
errors = vErrors.length;
}
var _valid12 = _errs171 === errors;
valid51 = _valid12;
if(valid51){
var props12 = true;
}
}
if(!valid51){
const err159 = {instancePath:instancePath+"/changes/" + i2,schemaPath:"#/properties/changes/items/allOf/12/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err159];
}
else {
vErrors.push(err159);
}
errors++;
}
if(props0 !== true && props12 !== undefined){
if(props12 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props12);
}
}
const _errs173 = errors;
let valid53 = true;
const _errs174 = errors;
if(data40 && typeof data40 == "object" && !Array.isArray(data40)){
let missing13;
if((data40.op === undefined) && (missing13 = "op")){
const err160 = {};
if(vErrors === null){
vErrors = [err160];
}
else {
vErrors.push(err160);
}
errors++;
}
else {
if(data40.op !== undefined){
if("replace_clause" !== data40.op){
const err161 = {};
if(vErrors === null){
vErrors = [err161];
}
else {
vErrors.push(err161);
}
errors++;
}
}
}
}
var _valid13 = _errs174 === errors;
errors = _errs173;
if(vErrors !== null){
if(_errs173){
vErrors.length = _errs173;
}
else {
vErrors = null;
}
}
if(_valid13){
const _errs176 = errors;
if(!(validate49(data40, {instancePath:instancePath+"/changes/" + i2,parentData:data39,parentDataProperty:i2,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate49.errors : vErrors.concat(validate49.errors);
errors = vErrors.length;
}
var _valid13 = _errs176 === errors;
valid53 = _valid13;
if(valid53){
var props13 = true;
}
}
if(!valid53){
const err162 = {instancePath:instancePath+"/changes/" + i2,schemaPath:"#/properties/changes/items/allOf/13/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err162];
}
else {
vErrors.push(err162);
}
errors++;
}
if(props0 !== true && props13 !== undefined){
if(props13 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props13);
}
}
const _errs178 = errors;
let valid55 = true;
const _errs179 = errors;
if(data40 && typeof data40 == "object" && !Array.isArray(data40)){
let missing14;
if((data40.op === undefined) && (missing14 = "op")){
const err163 = {};
if(vErrors === null){
vErrors = [err163];
}
else {
vErrors.push(err163);
}
errors++;
}
else {
if(data40.op !== undefined){
if("set" !== data40.op){
const err164 = {};
if(vErrors === null){
vErrors = [err164];
}
else {
vErrors.push(err164);
}
errors++;
}
}
}
}
var _valid14 = _errs179 === errors;
errors = _errs178;
if(vErrors !== null){
if(_errs178){
vErrors.length = _errs178;
}
else {
vErrors = null;
}
}
if(_valid14){
const _errs181 = errors;
if(data40 && typeof data40 == "object" && !Array.isArray(data40)){
if(data40.op === undefined){
const err165 = {instancePath:instancePath+"/changes/" + i2,schemaPath:"#/$defs/Op_set/required",keyword:"required",params:{missingProperty: "op"},message:"must have required property '"+"op"+"'"};
if(vErrors === null){
vErrors = [err165];
}
else {
vErrors.push(err165);
}
errors++;
}
if(data40.path === undefined){
const err166 = {instancePath:instancePath+"/changes/" + i2,schemaPath:"#/$defs/Op_set/required",keyword:"required",params:{missingProperty: "path"},message:"must have required property '"+"path"+"'"};
if(vErrors === null){
vErrors = [err166];
}
else {
vErrors.push(err166);
}
errors++;
}
if(data40.value === undefined){
const err167 = {instancePath:instancePath+"/changes/" + i2,schemaPath:"#/$defs/Op_set/required",keyword:"required",params:{missingProperty: "value"},message:"must have required property '"+"value"+"'"};
if(vErrors === null){
vErrors = [err167];
}
else {
vErrors.push(err167);
}
errors++;
}
for(const key7 in data40){
if(!(((key7 === "op") || (key7 === "path")) || (key7 === "value"))){
const err168 = {instancePath:instancePath+"/changes/" + i2,schemaPath:"#/$defs/Op_set/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key7},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err168];
}
else {
vErrors.push(err168);
}
errors++;
}
}
if(data40.op !== undefined){
if("set" !== data40.op){
const err169 = {instancePath:instancePath+"/changes/" + i2+"/op",schemaPath:"#/$defs/Op_set/properties/op/const",keyword:"const",params:{allowedValue: "set"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err169];
}
else {
vErrors.push(err169);
}
errors++;
}
}
if(data40.path !== undefined){
let data57 = data40.path;
if(typeof data57 === "string"){
if(!pattern59.test(data57)){
const err170 = {instancePath:instancePath+"/changes/" + i2+"/path",schemaPath:"#/$defs/Op_set/properties/path/pattern",keyword:"pattern",params:{pattern: "^/"},message:"must match pattern \""+"^/"+"\""};
if(vErrors === null){
vErrors = [err170];
}
else {
vErrors.push(err170);
}
errors++;
}
}
else {
const err171 = {instancePath:instancePath+"/changes/" + i2+"/path",schemaPath:"#/$defs/Op_set/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err171];
}
else {
vErrors.push(err171);
}
errors++;
}
}
}
else {
const err172 = {instancePath:instancePath+"/changes/" + i2,schemaPath:"#/$defs/Op_set/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err172];
}
else {
vErrors.push(err172);
}
errors++;
}
var _valid14 = _errs181 === errors;
valid55 = _valid14;
if(valid55){
var props14 = true;
}
}
if(!valid55){
const err173 = {instancePath:instancePath+"/changes/" + i2,schemaPath:"#/properties/changes/items/allOf/14/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err173];
}
else {
vErrors.push(err173);
}
errors++;
}
if(props0 !== true && props14 !== undefined){
if(props14 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props14);
}
}
const _errs189 = errors;
let valid59 = true;
const _errs190 = errors;
if(data40 && typeof data40 == "object" && !Array.isArray(data40)){
let missing15;
if((data40.op === undefined) && (missing15 = "op")){
const err174 = {};
if(vErrors === null){
vErrors = [err174];
}
else {
vErrors.push(err174);
}
errors++;
}
else {
if(data40.op !== undefined){
if("unset" !== data40.op){
const err175 = {};
if(vErrors === null){
vErrors = [err175];
}
else {
vErrors.push(err175);
}
errors++;
}
}
}
}
var _valid15 = _errs190 === errors;
errors = _errs189;
if(vErrors !== null){
if(_errs189){
vErrors.length = _errs189;
}
else {
vErrors = null;
}
}
if(_valid15){
const _errs192 = errors;
if(data40 && typeof data40 == "object" && !Array.isArray(data40)){
if(data40.op === undefined){
const err176 = {instancePath:instancePath+"/changes/" + i2,schemaPath:"#/$defs/Op_unset/required",keyword:"required",params:{missingProperty: "op"},message:"must have required property '"+"op"+"'"};
if(vErrors === null){
vErrors = [err176];
}
else {
vErrors.push(err176);
}
errors++;
}
if(data40.path === undefined){
const err177 = {instancePath:instancePath+"/changes/" + i2,schemaPath:"#/$defs/Op_unset/required",keyword:"required",params:{missingProperty: "path"},message:"must have required property '"+"path"+"'"};
if(vErrors === null){
vErrors = [err177];
}
else {
vErrors.push(err177);
}
errors++;
}
for(const key8 in data40){
if(!((key8 === "op") || (key8 === "path"))){
const err178 = {instancePath:instancePath+"/changes/" + i2,schemaPath:"#/$defs/Op_unset/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key8},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err178];
}
else {
vErrors.push(err178);
}
errors++;
}
}
if(data40.op !== undefined){
if("unset" !== data40.op){
const err179 = {instancePath:instancePath+"/changes/" + i2+"/op",schemaPath:"#/$defs/Op_unset/properties/op/const",keyword:"const",params:{allowedValue: "unset"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err179];
}
else {
vErrors.push(err179);
}
errors++;
}
}
if(data40.path !== undefined){
let data60 = data40.path;
if(typeof data60 === "string"){
if(!pattern59.test(data60)){
const err180 = {instancePath:instancePath+"/changes/" + i2+"/path",schemaPath:"#/$defs/Op_unset/properties/path/pattern",keyword:"pattern",params:{pattern: "^/"},message:"must match pattern \""+"^/"+"\""};
if(vErrors === null){
vErrors = [err180];
}
else {
vErrors.push(err180);
}
errors++;
}
}
else {
const err181 = {instancePath:instancePath+"/changes/" + i2+"/path",schemaPath:"#/$defs/Op_unset/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err181];
}
else {
vErrors.push(err181);
}
errors++;
}
}
}
else {
const err182 = {instancePath:instancePath+"/changes/" + i2,schemaPath:"#/$defs/Op_unset/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err182];
}
else {
vErrors.push(err182);
}
errors++;
}
var _valid15 = _errs192 === errors;
valid59 = _valid15;
if(valid59){
var props15 = true;
}
}
if(!valid59){
const err183 = {instancePath:instancePath+"/changes/" + i2,schemaPath:"#/properties/changes/items/allOf/15/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err183];
}
else {
vErrors.push(err183);
}
errors++;
}
if(props0 !== true && props15 !== undefined){
if(props15 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props15);
}
}
const _errs200 = errors;
let valid63 = true;
const _errs201 = errors;
if(data40 && typeof data40 == "object" && !Array.isArray(data40)){
let missing16;
if((data40.op === undefined) && (missing16 = "op")){
const err184 = {};
if(vErrors === null){
vErrors = [err184];
}
else {
vErrors.push(err184);
}
errors++;
}
else {
if(data40.op !== undefined){
if("add_to_list" !== data40.op){
const err185 = {};
if(vErrors === null){
vErrors = [err185];
}
else {
vErrors.push(err185);
}
errors++;
}
}
}
}
var _valid16 = _errs201 === errors;
errors = _errs200;
if(vErrors !== null){
if(_errs200){
vErrors.length = _errs200;
}
else {
vErrors = null;
}
}
if(_valid16){
const _errs203 = errors;
if(data40 && typeof data40 == "object" && !Array.isArray(data40)){
if(data40.op === undefined){
const err186 = {instancePath:instancePath+"/changes/" + i2,schemaPath:"#/$defs/Op_add_to_list/required",keyword:"required",params:{missingProperty: "op"},message:"must have required property '"+"op"+"'"};
if(vErrors === null){
vErrors = [err186];
}
else {
vErrors.push(err186);
}
errors++;
}
if(data40.path === undefined){
const err187 = {instancePath:instancePath+"/changes/" + i2,schemaPath:"#/$defs/Op_add_to_list/required",keyword:"required",params:{missingProperty: "path"},message:"must have required property '"+"path"+"'"};
if(vErrors === null){
vErrors = [err187];
}
else {
vErrors.push(err187);
}
errors++;
}
if(data40.value === undefined){
const err188 = {instancePath:instancePath+"/changes/" + i2,schemaPath:"#/$defs/Op_add_to_list/required",keyword:"required",params:{missingProperty: "value"},message:"must have required property '"+"value"+"'"};
if(vErrors === null){
vErrors = [err188];
}
else {
vErrors.push(err188);
}
errors++;
}
for(const key9 in data40){
if(!(((key9 === "op") || (key9 === "path")) || (key9 === "value"))){
const err189 = {instancePath:instancePath+"/changes/" + i2,schemaPath:"#/$defs/Op_add_to_list/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key9},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err189];
}
else {
vErrors.push(err189);
}
errors++;
}
}
if(data40.op !== undefined){
if("add_to_list" !== data40.op){
const err190 = {instancePath:instancePath+"/changes/" + i2+"/op",schemaPath:"#/$defs/Op_add_to_list/properties/op/const",keyword:"const",params:{allowedValue: "add_to_list"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err190];
}
else {
vErrors.push(err190);
}
errors++;
}
}
if(data40.path !== undefined){
let data63 = data40.path;
if(typeof data63 === "string"){
if(!pattern59.test(data63)){
const err191 = {instancePath:instancePath+"/changes/" + i2+"/path",schemaPath:"#/$defs/Op_add_to_list/properties/path/pattern",keyword:"pattern",params:{pattern: "^/"},message:"must match pattern \""+"^/"+"\""};
if(vErrors === null){
vErrors = [err191];
}
else {
vErrors.push(err191);
}
errors++;
}
}
else {
const err192 = {instancePath:instancePath+"/changes/" + i2+"/path",schemaPath:"#/$defs/Op_add_to_list/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err192];
}
else {
vErrors.push(err192);
}
errors++;
}
}
}
else {
const err193 = {instancePath:instancePath+"/changes/" + i2,schemaPath:"#/$defs/Op_add_to_list/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err193];
}
else {
vErrors.push(err193);
}
errors++;
}
var _valid16 = _errs203 === errors;
valid63 = _valid16;
if(valid63){
var props16 = true;
}
}
if(!valid63){
const err194 = {instancePath:instancePath+"/changes/" + i2,schemaPath:"#/properties/changes/items/allOf/16/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err194];
}
else {
vErrors.push(err194);
}
errors++;
}
if(props0 !== true && props16 !== undefined){
if(props16 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props16);
}
}
const _errs211 = errors;
let valid67 = true;
const _errs212 = errors;
if(data40 && typeof data40 == "object" && !Array.isArray(data40)){
let missing17;
if((data40.op === undefined) && (missing17 = "op")){
const err195 = {};
if(vErrors === null){
vErrors = [err195];
}
else {
vErrors.push(err195);
}
errors++;
}
else {
if(data40.op !== undefined){
if("remove_from_list" !== data40.op){
const err196 = {};
if(vErrors === null){
vErrors = [err196];
}
else {
vErrors.push(err196);
}
errors++;
}
}
}
}
var _valid17 = _errs212 === errors;
errors = _errs211;
if(vErrors !== null){
if(_errs211){
vErrors.length = _errs211;
}
else {
vErrors = null;
}
}
if(_valid17){
const _errs214 = errors;
if(data40 && typeof data40 == "object" && !Array.isArray(data40)){
if(data40.op === undefined){
const err197 = {instancePath:instancePath+"/changes/" + i2,schemaPath:"#/$defs/Op_remove_from_list/required",keyword:"required",params:{missingProperty: "op"},message:"must have required property '"+"op"+"'"};
if(vErrors === null){
vErrors = [err197];
}
else {
vErrors.push(err197);
}
errors++;
}
if(data40.path === undefined){
const err198 = {instancePath:instancePath+"/changes/" + i2,schemaPath:"#/$defs/Op_remove_from_list/required",keyword:"required",params:{missingProperty: "path"},message:"must have required property '"+"path"+"'"};
if(vErrors === null){
vErrors = [err198];
}
else {
vErrors.push(err198);
}
errors++;
}
if(data40.value === undefined){
const err199 = {instancePath:instancePath+"/changes/" + i2,schemaPath:"#/$defs/Op_remove_from_list/required",keyword:"required",params:{missingProperty: "value"},message:"must have required property '"+"value"+"'"};
if(vErrors === null){
vErrors = [err199];
}
else {
vErrors.push(err199);
}
errors++;
}
for(const key10 in data40){
if(!(((key10 === "op") || (key10 === "path")) || (key10 === "value"))){
const err200 = {instancePath:instancePath+"/changes/" + i2,schemaPath:"#/$defs/Op_remove_from_list/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key10},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err200];
}
else {
vErrors.push(err200);
}
errors++;
}
}
if(data40.op !== undefined){
if("remove_from_list" !== data40.op){
const err201 = {instancePath:instancePath+"/changes/" + i2+"/op",schemaPath:"#/$defs/Op_remove_from_list/properties/op/const",keyword:"const",params:{allowedValue: "remove_from_list"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err201];
}
else {
vErrors.push(err201);
}
errors++;
}
}
if(data40.path !== undefined){
let data66 = data40.path;
if(typeof data66 === "string"){
if(!pattern59.test(data66)){
const err202 = {instancePath:instancePath+"/changes/" + i2+"/path",schemaPath:"#/$defs/Op_remove_from_list/properties/path/pattern",keyword:"pattern",params:{pattern: "^/"},message:"must match pattern \""+"^/"+"\""};
if(vErrors === null){
vErrors = [err202];
}
else {
vErrors.push(err202);
}
errors++;
}
}
else {
const err203 = {instancePath:instancePath+"/changes/" + i2+"/path",schemaPath:"#/$defs/Op_remove_from_list/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err203];
}
else {
vErrors.push(err203);
}
errors++;
}
}
}
else {
const err204 = {instancePath:instancePath+"/changes/" + i2,schemaPath:"#/$defs/Op_remove_from_list/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err204];
}
else {
vErrors.push(err204);
}
errors++;
}
var _valid17 = _errs214 === errors;
valid67 = _valid17;
if(valid67){
var props17 = true;
}
}
if(!valid67){
const err205 = {instancePath:instancePath+"/changes/" + i2,schemaPath:"#/properties/changes/items/allOf/17/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err205];
}
else {
vErrors.push(err205);
}
errors++;
}
if(props0 !== true && props17 !== undefined){
if(props17 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props17);
}
}
if(data40 && typeof data40 == "object" && !Array.isArray(data40)){
if(data40.op === undefined){
const err206 = {instancePath:instancePath+"/changes/" + i2,schemaPath:"#/properties/changes/items/required",keyword:"required",params:{missingProperty: "op"},message:"must have required property '"+"op"+"'"};
if(vErrors === null){
vErrors = [err206];
}
else {
vErrors.push(err206);
}
errors++;
}
if(props0 !== true){
props0 = props0 || {};
props0.op = true;
}
if(data40.op !== undefined){
let data67 = data40.op;
if(typeof data67 !== "string"){
const err207 = {instancePath:instancePath+"/changes/" + i2+"/op",schemaPath:"#/properties/changes/items/properties/op/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err207];
}
else {
vErrors.push(err207);
}
errors++;
}
if(!((((((((((((((((((data67 === "admit_member") || (data67 === "withdraw_member")) || (data67 === "expel_member")) || (data67 === "suspend_member")) || (data67 === "reinstate_member")) || (data67 === "change_lead_partner")) || (data67 === "set_allocation")) || (data67 === "set_contingency")) || (data67 === "set_management_fee")) || (data67 === "set_total_amount")) || (data67 === "set_kpi_target")) || (data67 === "set_member_target")) || (data67 === "extend_term")) || (data67 === "replace_clause")) || (data67 === "set")) || (data67 === "unset")) || (data67 === "add_to_list")) || (data67 === "remove_from_list"))){
const err208 = {instancePath:instancePath+"/changes/" + i2+"/op",schemaPath:"#/properties/changes/items/properties/op/enum",keyword:"enum",params:{allowedValues: schema33.properties.changes.items.properties.op.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err208];
}
else {
vErrors.push(err208);
}
errors++;
}
}
}
else {
const err209 = {instancePath:instancePath+"/changes/" + i2,schemaPath:"#/properties/changes/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err209];
}
else {
vErrors.push(err209);
}
errors++;
}
}
}
else {
const err210 = {instancePath:instancePath+"/changes",schemaPath:"#/properties/changes/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err210];
}
else {
vErrors.push(err210);
}
errors++;
}
}
if(data.expected_after !== undefined){
let data68 = data.expected_after;
if(data68 && typeof data68 == "object" && !Array.isArray(data68)){
for(const key11 in data68){
if(!((((((key11 === "member_count") || (key11 === "total_amount")) || (key11 === "sum_allocations")) || (key11 === "management_fee")) || (key11 === "contingency")) || (key11 === "quorum_seats"))){
const err211 = {instancePath:instancePath+"/expected_after",schemaPath:"#/properties/expected_after/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key11},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err211];
}
else {
vErrors.push(err211);
}
errors++;
}
}
if(data68.member_count !== undefined){
let data69 = data68.member_count;
if(!(((typeof data69 == "number") && (!(data69 % 1) && !isNaN(data69))) && (isFinite(data69)))){
const err212 = {instancePath:instancePath+"/expected_after/member_count",schemaPath:"#/properties/expected_after/properties/member_count/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err212];
}
else {
vErrors.push(err212);
}
errors++;
}
if((typeof data69 == "number") && (isFinite(data69))){
if(data69 < 0 || isNaN(data69)){
const err213 = {instancePath:instancePath+"/expected_after/member_count",schemaPath:"#/properties/expected_after/properties/member_count/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err213];
}
else {
vErrors.push(err213);
}
errors++;
}
}
}
if(data68.total_amount !== undefined){
let data70 = data68.total_amount;
if(typeof data70 === "string"){
if(!pattern19.test(data70)){
const err214 = {instancePath:instancePath+"/expected_after/total_amount",schemaPath:"#/$defs/Money/pattern",keyword:"pattern",params:{pattern: "^(0|[1-9][0-9]*)\\.[0-9]{2}$"},message:"must match pattern \""+"^(0|[1-9][0-9]*)\\.[0-9]{2}$"+"\""};
if(vErrors === null){
vErrors = [err214];
}
else {
vErrors.push(err214);
}
errors++;
}
}
else {
const err215 = {instancePath:instancePath+"/expected_after/total_amount",schemaPath:"#/$defs/Money/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err215];
}
else {
vErrors.push(err215);
}
errors++;
}
}
if(data68.sum_allocations !== undefined){
let data71 = data68.sum_allocations;
if(typeof data71 === "string"){
if(!pattern19.test(data71)){
const err216 = {instancePath:instancePath+"/expected_after/sum_allocations",schemaPath:"#/$defs/Money/pattern",keyword:"pattern",params:{pattern: "^(0|[1-9][0-9]*)\\.[0-9]{2}$"},message:"must match pattern \""+"^(0|[1-9][0-9]*)\\.[0-9]{2}$"+"\""};
if(vErrors === null){
vErrors = [err216];
}
else {
vErrors.push(err216);
}
errors++;
}
}
else {
const err217 = {instancePath:instancePath+"/expected_after/sum_allocations",schemaPath:"#/$defs/Money/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err217];
}
else {
vErrors.push(err217);
}
errors++;
}
}
if(data68.management_fee !== undefined){
let data72 = data68.management_fee;
if(typeof data72 === "string"){
if(!pattern19.test(data72)){
const err218 = {instancePath:instancePath+"/expected_after/management_fee",schemaPath:"#/$defs/Money/pattern",keyword:"pattern",params:{pattern: "^(0|[1-9][0-9]*)\\.[0-9]{2}$"},message:"must match pattern \""+"^(0|[1-9][0-9]*)\\.[0-9]{2}$"+"\""};
if(vErrors === null){
vErrors = [err218];
}
else {
vErrors.push(err218);
}
errors++;
}
}
else {
const err219 = {instancePath:instancePath+"/expected_after/management_fee",schemaPath:"#/$defs/Money/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err219];
}
else {
vErrors.push(err219);
}
errors++;
}
}
if(data68.contingency !== undefined){
let data73 = data68.contingency;
if(typeof data73 === "string"){
if(!pattern19.test(data73)){
const err220 = {instancePath:instancePath+"/expected_after/contingency",schemaPath:"#/$defs/Money/pattern",keyword:"pattern",params:{pattern: "^(0|[1-9][0-9]*)\\.[0-9]{2}$"},message:"must match pattern \""+"^(0|[1-9][0-9]*)\\.[0-9]{2}$"+"\""};
if(vErrors === null){
vErrors = [err220];
}
else {
vErrors.push(err220);
}
errors++;
}
}
else {
const err221 = {instancePath:instancePath+"/expected_after/contingency",schemaPath:"#/$defs/Money/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err221];
}
else {
vErrors.push(err221);
}
errors++;
}
}
if(data68.quorum_seats !== undefined){
let data74 = data68.quorum_seats;
if(!(((typeof data74 == "number") && (!(data74 % 1) && !isNaN(data74))) && (isFinite(data74)))){
const err222 = {instancePath:instancePath+"/expected_after/quorum_seats",schemaPath:"#/properties/expected_after/properties/quorum_seats/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err222];
}
else {
vErrors.push(err222);
}
errors++;
}
if((typeof data74 == "number") && (isFinite(data74))){
if(data74 < 0 || isNaN(data74)){
const err223 = {instancePath:instancePath+"/expected_after/quorum_seats",schemaPath:"#/properties/expected_after/properties/quorum_seats/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err223];
}
else {
vErrors.push(err223);
}
errors++;
}
}
}
}
else {
const err224 = {instancePath:instancePath+"/expected_after",schemaPath:"#/properties/expected_after/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err224];
}
else {
vErrors.push(err224);
}
errors++;
}
}
if(data.signatures !== undefined){
let data75 = data.signatures;
if(data75 && typeof data75 == "object" && !Array.isArray(data75)){
if(data75.required_from === undefined){
const err225 = {instancePath:instancePath+"/signatures",schemaPath:"#/properties/signatures/required",keyword:"required",params:{missingProperty: "required_from"},message:"must have required property '"+"required_from"+"'"};
if(vErrors === null){
vErrors = [err225];
}
else {
vErrors.push(err225);
}
errors++;
}
if(data75.execution === undefined){
const err226 = {instancePath:instancePath+"/signatures",schemaPath:"#/properties/signatures/required",keyword:"required",params:{missingProperty: "execution"},message:"must have required property '"+"execution"+"'"};
if(vErrors === null){
vErrors = [err226];
}
else {
vErrors.push(err226);
}
errors++;
}
for(const key12 in data75){
if(!(((key12 === "required_from") || (key12 === "execution")) || (key12 === "signatories"))){
const err227 = {instancePath:instancePath+"/signatures",schemaPath:"#/properties/signatures/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key12},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err227];
}
else {
vErrors.push(err227);
}
errors++;
}
}
if(data75.required_from !== undefined){
let data76 = data75.required_from;
if(typeof data76 !== "string"){
const err228 = {instancePath:instancePath+"/signatures/required_from",schemaPath:"#/properties/signatures/properties/required_from/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err228];
}
else {
vErrors.push(err228);
}
errors++;
}
if(!(((data76 === "all_parties_and_joining_member") || (data76 === "all_parties")) || (data76 === "lead_under_delegated_authority"))){
const err229 = {instancePath:instancePath+"/signatures/required_from",schemaPath:"#/properties/signatures/properties/required_from/enum",keyword:"enum",params:{allowedValues: schema33.properties.signatures.properties.required_from.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err229];
}
else {
vErrors.push(err229);
}
errors++;
}
}
if(data75.execution !== undefined){
let data77 = data75.execution;
if(typeof data77 !== "string"){
const err230 = {instancePath:instancePath+"/signatures/execution",schemaPath:"#/properties/signatures/properties/execution/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err230];
}
else {
vErrors.push(err230);
}
errors++;
}
if(!(((data77 === "wet_ink") || (data77 === "electronic")) || (data77 === "either"))){
const err231 = {instancePath:instancePath+"/signatures/execution",schemaPath:"#/properties/signatures/properties/execution/enum",keyword:"enum",params:{allowedValues: schema33.properties.signatures.properties.execution.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err231];
}
else {
vErrors.push(err231);
}
errors++;
}
}
if(data75.signatories !== undefined){
let data78 = data75.signatories;
if(Array.isArray(data78)){
const len3 = data78.length;
for(let i3=0; i3<len3; i3++){
let data79 = data78[i3];
if(data79 && typeof data79 == "object" && !Array.isArray(data79)){
if(data79.member_id === undefined){
const err232 = {instancePath:instancePath+"/signatures/signatories/" + i3,schemaPath:"#/properties/signatures/properties/signatories/items/required",keyword:"required",params:{missingProperty: "member_id"},message:"must have required property '"+"member_id"+"'"};
if(vErrors === null){
vErrors = [err232];
}
else {
vErrors.push(err232);
}
errors++;
}
if(data79.name === undefined){
const err233 = {instancePath:instancePath+"/signatures/signatories/" + i3,schemaPath:"#/properties/signatures/properties/signatories/items/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err233];
}
else {
vErrors.push(err233);
}
errors++;
}
if(data79.job_title === undefined){
const err234 = {instancePath:instancePath+"/signatures/signatories/" + i3,schemaPath:"#/properties/signatures/properties/signatories/items/required",keyword:"required",params:{missingProperty: "job_title"},message:"must have required property '"+"job_title"+"'"};
if(vErrors === null){
vErrors = [err234];
}
else {
vErrors.push(err234);
}
errors++;
}
for(const key13 in data79){
if(!((((key13 === "member_id") || (key13 === "name")) || (key13 === "job_title")) || (key13 === "date"))){
const err235 = {instancePath:instancePath+"/signatures/signatories/" + i3,schemaPath:"#/properties/signatures/properties/signatories/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key13},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err235];
}
else {
vErrors.push(err235);
}
errors++;
}
}
if(data79.member_id !== undefined){
let data80 = data79.member_id;
if(typeof data80 === "string"){
if(!pattern5.test(data80)){
const err236 = {instancePath:instancePath+"/signatures/signatories/" + i3+"/member_id",schemaPath:"#/$defs/MemberRef/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9-]{1,39}$"},message:"must match pattern \""+"^[a-z][a-z0-9-]{1,39}$"+"\""};
if(vErrors === null){
vErrors = [err236];
}
else {
vErrors.push(err236);
}
errors++;
}
}
else {
const err237 = {instancePath:instancePath+"/signatures/signatories/" + i3+"/member_id",schemaPath:"#/$defs/MemberRef/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err237];
}
else {
vErrors.push(err237);
}
errors++;
}
}
if(data79.name !== undefined){
let data81 = data79.name;
if(typeof data81 === "string"){
if(func2(data81) > 200){
const err238 = {instancePath:instancePath+"/signatures/signatories/" + i3+"/name",schemaPath:"#/properties/signatures/properties/signatories/items/properties/name/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters"};
if(vErrors === null){
vErrors = [err238];
}
else {
vErrors.push(err238);
}
errors++;
}
if(func2(data81) < 1){
const err239 = {instancePath:instancePath+"/signatures/signatories/" + i3+"/name",schemaPath:"#/properties/signatures/properties/signatories/items/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err239];
}
else {
vErrors.push(err239);
}
errors++;
}
}
else {
const err240 = {instancePath:instancePath+"/signatures/signatories/" + i3+"/name",schemaPath:"#/properties/signatures/properties/signatories/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err240];
}
else {
vErrors.push(err240);
}
errors++;
}
}
if(data79.job_title !== undefined){
let data82 = data79.job_title;
if(typeof data82 === "string"){
if(func2(data82) > 200){
const err241 = {instancePath:instancePath+"/signatures/signatories/" + i3+"/job_title",schemaPath:"#/properties/signatures/properties/signatories/items/properties/job_title/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters"};
if(vErrors === null){
vErrors = [err241];
}
else {
vErrors.push(err241);
}
errors++;
}
if(func2(data82) < 1){
const err242 = {instancePath:instancePath+"/signatures/signatories/" + i3+"/job_title",schemaPath:"#/properties/signatures/properties/signatories/items/properties/job_title/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err242];
}
else {
vErrors.push(err242);
}
errors++;
}
}
else {
const err243 = {instancePath:instancePath+"/signatures/signatories/" + i3+"/job_title",schemaPath:"#/properties/signatures/properties/signatories/items/properties/job_title/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err243];
}
else {
vErrors.push(err243);
}
errors++;
}
}
if(data79.date !== undefined){
if(!(validate51(data79.date, {instancePath:instancePath+"/signatures/signatories/" + i3+"/date",parentData:data79,parentDataProperty:"date",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate51.errors : vErrors.concat(validate51.errors);
errors = vErrors.length;
}
}
}
else {
const err244 = {instancePath:instancePath+"/signatures/signatories/" + i3,schemaPath:"#/properties/signatures/properties/signatories/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err244];
}
else {
vErrors.push(err244);
}
errors++;
}
}
}
else {
const err245 = {instancePath:instancePath+"/signatures/signatories",schemaPath:"#/properties/signatures/properties/signatories/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err245];
}
else {
vErrors.push(err245);
}
errors++;
}
}
}
else {
const err246 = {instancePath:instancePath+"/signatures",schemaPath:"#/properties/signatures/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err246];
}
else {
vErrors.push(err246);
}
errors++;
}
}
}
else {
const err247 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err247];
}
else {
vErrors.push(err247);
}
errors++;
}
validate22.errors = vErrors;
return errors === 0;
}
validate22.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};
