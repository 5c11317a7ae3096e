import type { Annex1Table } from "../types";

/**
 * Annex I as amended: point 1 (Machinery Directive) was deleted and machinery moved
 * to Section B as point 21. Section B systems get only Art 6(1), 60a and 102-112 (Art 2(2)).
 */
export const ANNEX1: Annex1Table = {
  toys: { section: "A", point: 2, act: "Directive 2009/48/EC (toy safety)" },
  recreational_craft: { section: "A", point: 3, act: "Directive 2013/53/EU (recreational craft)" },
  lifts: { section: "A", point: 4, act: "Directive 2014/33/EU (lifts)" },
  atex: { section: "A", point: 5, act: "Directive 2014/34/EU (ATEX)" },
  radio_equipment: { section: "A", point: 6, act: "Directive 2014/53/EU (radio equipment)" },
  pressure_equipment: { section: "A", point: 7, act: "Directive 2014/68/EU (pressure equipment)" },
  cableways: { section: "A", point: 8, act: "Regulation (EU) 2016/424 (cableways)" },
  ppe: { section: "A", point: 9, act: "Regulation (EU) 2016/425 (personal protective equipment)" },
  gas_appliances: { section: "A", point: 10, act: "Regulation (EU) 2016/426 (gas appliances)" },
  medical_devices: { section: "A", point: 11, act: "Regulation (EU) 2017/745 (medical devices)" },
  in_vitro_diagnostics: { section: "A", point: 12, act: "Regulation (EU) 2017/746 (in vitro diagnostics)" },
  civil_aviation_security: { section: "B", point: 13, act: "Regulation (EC) No 300/2008 (civil aviation security)" },
  two_three_wheel_vehicles: {
    section: "B",
    point: 14,
    act: "Regulation (EU) No 168/2013 (two- or three-wheel vehicles)",
  },
  agricultural_vehicles: { section: "B", point: 15, act: "Regulation (EU) No 167/2013 (agricultural vehicles)" },
  marine_equipment: { section: "B", point: 16, act: "Directive 2014/90/EU (marine equipment)" },
  rail: { section: "B", point: 17, act: "Directive (EU) 2016/797 (rail interoperability)" },
  motor_vehicles: { section: "B", point: 18, act: "Regulation (EU) 2018/858 (motor vehicles)" },
  vehicle_general_safety: { section: "B", point: 19, act: "Regulation (EU) 2019/2144 (vehicle general safety)" },
  unmanned_aircraft: { section: "B", point: 20, act: "Regulation (EU) 2018/1139 (unmanned aircraft)" },
  machinery: { section: "B", point: 21, act: "Regulation (EU) 2023/1230 (machinery)" },
};
